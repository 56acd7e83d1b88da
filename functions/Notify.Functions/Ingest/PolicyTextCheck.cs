using Notify.Core.Text;

namespace Notify.Functions.Ingest;

/// <summary>Decides at upload whether the bytes are text Notify can read (UTF-8, UTF-8 with BOM, GB18030), so nothing unreadable is stored.</summary>
public static class PolicyTextCheck
{
    /// <summary>Null when the bytes decode to non-empty text; otherwise the problem to report.</summary>
    public static UploadProblem? Check(ReadOnlySpan<byte> content)
    {
        try
        {
            PolicyTextDecoder.Decode(content);
            return null;
        }
        catch (PolicyTextException exception)
        {
            return exception.Problem switch
            {
                PolicyTextProblem.Empty => new UploadProblem(StatusCodes.Status400BadRequest, "Empty document", exception.Message),
                PolicyTextProblem.Binary => new UploadProblem(StatusCodes.Status400BadRequest, "Binary document", exception.Message),
                _ => new UploadProblem(StatusCodes.Status415UnsupportedMediaType, "Unsupported text encoding", exception.Message),
            };
        }
    }
}
