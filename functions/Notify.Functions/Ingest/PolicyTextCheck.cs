using Notify.Core.Text;
using Notify.Core.Text.Formats;

namespace Notify.Functions.Ingest;

/// <summary>
/// Decides at upload whether the bytes are a document Notify can read (text in UTF-8, UTF-8 with BOM or GB18030;
/// PDF with a text layer; DOCX; HTML), so nothing unreadable is stored.
/// </summary>
public static class PolicyTextCheck
{
    /// <summary>The document's text and format, or the problem to report.</summary>
    public static (DocumentContent? Content, UploadProblem? Problem) Read(byte[] content, string? contentType, string? fileName)
    {
        try
        {
            return (DocumentText.Read(content, contentType, fileName), null);
        }
        catch (PolicyTextException exception)
        {
            return (null, ProblemOf(exception));
        }
    }

    private static UploadProblem ProblemOf(PolicyTextException exception) => exception.Problem switch
    {
        PolicyTextProblem.Empty => new UploadProblem(StatusCodes.Status400BadRequest, "Empty document", exception.Message),
        PolicyTextProblem.Binary => new UploadProblem(StatusCodes.Status400BadRequest, "Binary document", exception.Message),
        PolicyTextProblem.NoTextLayer => new UploadProblem(StatusCodes.Status400BadRequest, "No text layer", exception.Message),
        PolicyTextProblem.Encrypted => new UploadProblem(StatusCodes.Status400BadRequest, "Password-protected PDF", exception.Message),
        PolicyTextProblem.Corrupt => new UploadProblem(StatusCodes.Status400BadRequest, "Corrupt document", exception.Message),
        PolicyTextProblem.Macros => new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "Document with macros", exception.Message),
        PolicyTextProblem.UnsupportedFormat => new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported document format", exception.Message),
        _ => new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported text encoding", exception.Message),
    };
}
