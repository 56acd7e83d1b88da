namespace Notify.Core.Text;

/// <summary>Why a policy file could not be read as text.</summary>
public enum PolicyTextProblem
{
    /// <summary>No bytes, or nothing but whitespace.</summary>
    Empty,

    /// <summary>Not text at all: a NUL byte or the signature of a known binary format (PDF, ZIP/docx, OLE .doc, PNG, JPEG).</summary>
    Binary,

    /// <summary>Text in an encoding Notify does not read (UTF-16, UTF-32, or bytes that are neither UTF-8 nor GB18030).</summary>
    UnsupportedEncoding,
}
