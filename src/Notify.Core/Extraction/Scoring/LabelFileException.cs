namespace Notify.Core.Extraction.Scoring;

/// <summary>A label file that breaks the format of <c>docs/extraction-labelling.md</c>; the message names the file and line.</summary>
public sealed class LabelFileException : Exception
{
    public LabelFileException()
    {
    }

    public LabelFileException(string message)
        : base(message)
    {
    }

    public LabelFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
