using Notify.Core.Items;

namespace Notify.Core.Extraction.Scoring;

/// <summary>One hand-labelled time-bound item of a corpus document (a row of its <c>.labels.tsv</c>).</summary>
public sealed record LabelledItem(
    int Line,
    ItemKind Kind,
    DateOnly? Date,
    DateOnly? EndDate,
    string? Recurrence,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> CooperatingUnits);
