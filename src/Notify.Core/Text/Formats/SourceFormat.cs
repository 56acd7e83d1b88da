namespace Notify.Core.Text.Formats;

/// <summary>The kind of file a policy was uploaded as; its text is read accordingly.</summary>
public enum SourceFormat
{
    /// <summary>Plain text in UTF-8 (with or without BOM) or GB18030.</summary>
    Text,

    /// <summary>A PDF with a text layer.</summary>
    Pdf,

    /// <summary>A Word document in Office Open XML (.docx).</summary>
    Docx,

    /// <summary>A web page.</summary>
    Html,
}
