namespace Notify.Functions.Ingest;

/// <summary>A policy document as uploaded, already checked to be readable (text, PDF, DOCX or HTML) within the size limit.</summary>
public sealed record PolicySubmission(BinaryData Content, string ContentType, string? Title, string? Issuer, string? FileName)
{
    /// <summary>What the file was read as: text, pdf, docx or html.</summary>
    public string Format { get; init; } = "text";

    /// <summary>The text read from a PDF, DOCX or HTML file, kept beside it; null for text, whose source is its text.</summary>
    public string? ExtractedText { get; init; }

    /// <summary>The character encoding of a text or HTML file (utf-8, utf-8-bom, gb18030).</summary>
    public string? Encoding { get; init; }
}
