namespace Notify.Core.Csv;

/// <summary>A CSV file that is neither UTF-8 nor GB18030 text; the message names the line and byte where reading failed.</summary>
public sealed class CsvEncodingException : Exception
{
    public CsvEncodingException()
    {
    }

    public CsvEncodingException(string message)
        : base(message)
    {
    }

    public CsvEncodingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CsvEncodingException(string message, int? line, long? byteOffset, Exception innerException)
        : base(message, innerException)
    {
        Line = line;
        ByteOffset = byteOffset;
    }

    /// <summary>The 1-based line of the file (counting line feeds) holding the first unreadable byte, when there is one.</summary>
    public int? Line { get; }

    /// <summary>The 0-based byte offset of the first unreadable byte, when there is one.</summary>
    public long? ByteOffset { get; }
}
