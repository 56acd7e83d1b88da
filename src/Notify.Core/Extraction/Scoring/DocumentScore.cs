namespace Notify.Core.Extraction.Scoring;

/// <summary>How the extraction of one corpus document compares with its labels, with what was missed, what was extra and which matched items have other units.</summary>
public sealed record DocumentScore(
    string Name,
    string DocumentType,
    ScoreCounts Counts,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Extra,
    IReadOnlyList<string> WrongUnits);
