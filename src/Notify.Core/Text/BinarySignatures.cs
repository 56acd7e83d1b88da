namespace Notify.Core.Text;

/// <summary>The opening bytes of file formats people upload by mistake instead of plain text.</summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string Name)[] Known =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (a .docx, .xlsx or .zip file)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE compound file (a .doc, .xls or .wps file)"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], "a RAR archive"),
        ([0x1F, 0x8B], "a gzip archive"),
    ];

    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Known)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        return null;
    }
}
