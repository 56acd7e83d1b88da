namespace Notify.Core.Extraction;

/// <summary>Everything found in one input: its documents, its time-bound items, and notes on what could not be read.</summary>
public sealed record ExtractionResult(
    string Encoding,
    IReadOnlyList<ExtractedDocument> Documents,
    IReadOnlyList<ExtractedItem> Items,
    IReadOnlyList<string> Notes);
