namespace Notify.Core.Text.Formats;

/// <summary>
/// The text read from an uploaded file, the format it was read as, and the character encoding of the
/// bytes (for PDF and DOCX, which carry Unicode, "utf-8": the encoding of the text as kept).
/// </summary>
public sealed record DocumentContent(string Text, SourceFormat Format, string Encoding)
{
    /// <summary>The format's name as stored and shown: text, pdf, docx, html.</summary>
    public string FormatName => Format switch
    {
        SourceFormat.Pdf => "pdf",
        SourceFormat.Docx => "docx",
        SourceFormat.Html => "html",
        _ => "text",
    };

    /// <summary>The media type the original file is kept under.</summary>
    public string MediaType => Format switch
    {
        SourceFormat.Pdf => "application/pdf",
        SourceFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        SourceFormat.Html => "text/html",
        _ => "text/plain",
    };
}
