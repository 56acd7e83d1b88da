namespace Notify.Core.Extraction.Scoring;

/// <summary>The hand labels of one corpus document: its shape, the place it is modelled on, its 文号 and its items.</summary>
public sealed record LabelFile(
    string DocumentType,
    string? Place,
    IReadOnlyList<string> DocNumbers,
    IReadOnlyList<LabelledItem> Items);
