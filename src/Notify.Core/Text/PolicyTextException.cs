namespace Notify.Core.Text;

/// <summary>A policy file that cannot be read as text; the message says what is wrong and where.</summary>
public sealed class PolicyTextException : Exception
{
    public PolicyTextException()
    {
    }

    public PolicyTextException(string message)
        : base(message)
    {
    }

    public PolicyTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PolicyTextException(PolicyTextProblem problem, string message, long? byteOffset = null)
        : base(message)
    {
        Problem = problem;
        ByteOffset = byteOffset;
    }

    public PolicyTextProblem Problem { get; }

    /// <summary>The 0-based byte offset of the offending bytes, when there is one.</summary>
    public long? ByteOffset { get; }
}
