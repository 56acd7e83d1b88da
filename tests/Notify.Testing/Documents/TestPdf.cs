using System.Globalization;
using System.Text;

namespace Notify.Testing.Documents;

/// <summary>
/// PDFs written byte by byte in the tests, so they need no font file on the machine: text is drawn in a
/// Type0 font with two-byte codes equal to the UTF-16 code units and a ToUnicode map saying so (as PDFs
/// with a non-embedded Chinese font carry it); a scan is a page that only paints an image; an encrypted
/// file names a standard security handler that no empty password opens.
/// </summary>
public static class TestPdf
{
    private const int FontSize = 12;
    private const int LineHeight = 20;
    private const int Top = 792;
    private const int Margin = 50;

    /// <summary>One page per entry, each line drawn on its own baseline from the top.</summary>
    public static byte[] WithPages(params IReadOnlyList<string>[] pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return Write([.. pages.Select(lines => (IReadOnlyList<string>?)lines)], encrypted: false);
    }

    /// <summary>A scan: pages that only paint an image, no text layer.</summary>
    public static byte[] Scanned(int pageCount = 1) => Write([.. Enumerable.Repeat<IReadOnlyList<string>?>(null, pageCount)], encrypted: false);

    /// <summary>A text page followed by an image-only page.</summary>
    public static byte[] TextThenScannedPage(IReadOnlyList<string> lines) => Write([lines, null], encrypted: false);

    /// <summary>A page of text behind a standard security handler (/Encrypt) whose user key no empty password opens.</summary>
    public static byte[] Encrypted() => Write([["2026年6月30日前报送。"]], encrypted: true);

    /// <summary>Pages in order: lines of text, or null for an image-only page.</summary>
    private static byte[] Write(IReadOnlyList<IReadOnlyList<string>?> pages, bool encrypted)
    {
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>", "" };
        var text = string.Concat(pages.Where(page => page is not null).SelectMany(page => page!));
        objects.Add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>");
        objects.Add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>");
        objects.Add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
        objects.Add(Stream(ToUnicodeMap(text)));
        var image = string.Concat(Enumerable.Range(0, 64).Select(index => index % 2 == 0 ? "2" : "D"));
        objects.Add($"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 4 /Filter /ASCIIHexDecode /Length {image.Length + 1} >>\nstream\n{image}>\nendstream");
        var kids = new List<string>();
        foreach (var page in pages)
        {
            objects.Add(Stream(page is null ? "q 495 0 0 742 50 50 cm /Im1 Do Q" : TextContent(page)));
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 7 0 R >> >> /Contents {objects.Count} 0 R >>");
            kids.Add($"{objects.Count} 0 R");
        }

        objects[1] = $"<< /Type /Pages /Kids [{string.Join(' ', kids)}] /Count {kids.Count} >>";
        if (encrypted)
        {
            var key = string.Concat(Enumerable.Repeat("5A", 32));
            objects.Add($"<< /Filter /Standard /V 1 /R 2 /O <{key}> /U <{key}> /P -4 >>");
        }

        return Assemble(objects, encrypted ? $" /Encrypt {objects.Count} 0 R" : "");
    }

    private static string TextContent(IReadOnlyList<string> lines)
    {
        var content = new StringBuilder();
        var y = Top;
        foreach (var line in lines)
        {
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 {FontSize} Tf 1 0 0 1 {Margin} {y} Tm <{Hex(line)}> Tj ET\n");
            y -= LineHeight;
        }

        return content.ToString();
    }

    private static string Hex(string line) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(line));

    /// <summary>Code = UTF-16 code unit, one bfrange per high byte used (a range may only vary in its last byte).</summary>
    private static string ToUnicodeMap(string text)
    {
        var highBytes = text.Select(character => character >> 8).Distinct().Order().ToList();
        var map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n")
            .Append("1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        foreach (var chunk in highBytes.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfrange\n");
            foreach (var high in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{high:X2}00> <{high:X2}FF> <{high:X2}00>\n");
            }

            map.Append("endbfrange\n");
        }

        return map.Append("endcmap CMapName currentdict /CMap defineresource pop end end").ToString();
    }

    private static string Stream(string content) =>
        $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream";

    private static byte[] Assemble(List<string> objects, string trailerExtra)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var index = 0; index < objects.Count; index++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{index + 1} 0 obj\n{objects[index]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailerExtra} /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
