namespace Notify.Core.Text;

/// <summary>
/// A publication date kept from removed chrome or masthead, so the document segmenter can use it.
/// <see cref="LineIndex"/> is the index in <see cref="NormalizedText.Lines"/> of the first logical line at or
/// after the place it was found (equal to the line count when it was found after the last line).
/// </summary>
public sealed record PublicationDate(DateOnly Date, PublicationDateSource Source, int SourceLine, int LineIndex);
