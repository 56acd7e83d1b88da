using System.Text;

namespace Notify.Core.Text.Formats;

/// <summary>
/// Reads the text out of an uploaded policy file: PDF (text layer), DOCX, HTML or plain text. The format
/// comes from the bytes (magic numbers); the declared content type or file name decides only between
/// HTML and text, and a name or type that claims PDF or DOCX for bytes that are neither is refused as corrupt.
/// Throws <see cref="PolicyTextException"/> saying what is wrong and what to do.
/// </summary>
public static class DocumentText
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // The PDF header may follow a little junk; readers look this far for it.
    private const int PdfHeaderWindow = 1024;
    private const int HtmlSniffWindow = 1024;

    public static DocumentContent Read(byte[] bytes, string? contentType = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var declared = Declared(contentType, fileName);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, PdfHeaderWindow)).IndexOf(PdfMagic) >= 0)
        {
            return new DocumentContent(PdfText.Read(bytes), SourceFormat.Pdf, "utf-8");
        }

        if (bytes.AsSpan().StartsWith(ZipMagic))
        {
            return new DocumentContent(DocxText.Read(bytes), SourceFormat.Docx, "utf-8");
        }

        if (bytes.AsSpan().StartsWith(OleMagic))
        {
            throw new PolicyTextException(PolicyTextProblem.UnsupportedFormat,
                "The file is a Word 97-2003 document (.doc/.wps) or another OLE compound file, which may carry macros and is not read. Open it and save it as .docx or PDF, then upload that.");
        }

        if (declared is SourceFormat.Pdf or SourceFormat.Docx)
        {
            throw new PolicyTextException(PolicyTextProblem.Corrupt,
                $"The file is named or typed as {(declared == SourceFormat.Pdf ? "a PDF" : "a Word .docx document")} but its bytes are not one; it may be damaged or cut short. Export the document again and upload the new file.");
        }

        if (declared == SourceFormat.Html || LooksLikeHtml(bytes))
        {
            var page = HtmlText.Read(bytes);
            return new DocumentContent(page.Text, SourceFormat.Html, page.Encoding);
        }

        var decoded = PolicyTextDecoder.Decode(bytes);
        return new DocumentContent(decoded.Text, SourceFormat.Text, decoded.Encoding);
    }

    private static SourceFormat? Declared(string? contentType, string? fileName)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        var extension = Path.GetExtension(fileName ?? "");
        return (mediaType, extension) switch
        {
            ("application/pdf", _) => SourceFormat.Pdf,
            ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _) => SourceFormat.Docx,
            ("text/html" or "application/xhtml+xml", _) => SourceFormat.Html,
            (_, var ext) when ext.Equals(".pdf", StringComparison.OrdinalIgnoreCase) => SourceFormat.Pdf,
            (_, var ext) when ext.Equals(".docx", StringComparison.OrdinalIgnoreCase) => SourceFormat.Docx,
            (_, var ext) when ext.Equals(".html", StringComparison.OrdinalIgnoreCase)
                || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase)
                || ext.Equals(".shtml", StringComparison.OrdinalIgnoreCase) => SourceFormat.Html,
            _ => null,
        };
    }

    /// <summary>Web pages start with a doctype or an html/head tag, after an optional BOM, whitespace and comments.</summary>
    private static bool LooksLikeHtml(byte[] bytes)
    {
        var start = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, HtmlSniffWindow)).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<!--", StringComparison.Ordinal) && start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
