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

    /// <summary>A PDF whose pages are images with no text layer (a scan).</summary>
    NoTextLayer,

    /// <summary>A password-protected (encrypted) PDF.</summary>
    Encrypted,

    /// <summary>A document with macros (.docm, a vbaProject part).</summary>
    Macros,

    /// <summary>A format Notify does not read (Word 97-2003 .doc/.wps and other OLE compound files, spreadsheets).</summary>
    UnsupportedFormat,

    /// <summary>A PDF, DOCX or HTML file that is damaged or is not what its name or type says.</summary>
    Corrupt,
}
