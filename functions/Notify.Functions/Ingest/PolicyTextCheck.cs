using System.Text;

namespace Notify.Functions.Ingest;

/// <summary>Decides whether uploaded bytes are a text document Notify can read, and says precisely why not.</summary>
public static class PolicyTextCheck
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly (byte[] Magic, string Kind)[] BinaryFormats =
    [
        ("%PDF-"u8.ToArray(), "a PDF file"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (a .docx, .xlsx or .zip file)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document (.doc or .xls)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ];

    /// <summary>Null when the bytes are non-empty UTF-8 text; otherwise the problem to report.</summary>
    public static UploadProblem? Check(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, kind) in BinaryFormats)
        {
            if (content.StartsWith(magic))
            {
                return new UploadProblem(StatusCodes.Status400BadRequest, "Binary document",
                    $"The upload is {kind}, not text. Send the document's text as UTF-8 (text/plain).");
            }
        }

        var nul = content.IndexOf((byte)0);
        if (nul >= 0)
        {
            return new UploadProblem(StatusCodes.Status400BadRequest, "Binary document",
                $"The upload contains a NUL byte at offset {nul}, so it is binary data, not text.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = exception.Index >= 0 ? $" at offset {exception.Index}" : "";
            return new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "Not UTF-8 text",
                $"The upload is not valid UTF-8{offset}. Save the document as UTF-8 text and send it again.");
        }

        return string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF'))
            ? new UploadProblem(StatusCodes.Status400BadRequest, "Empty document", "The upload holds no text.")
            : null;
    }
}
