namespace Notify.Core.Extraction.Scoring;

/// <summary>The scores of every document of a corpus, with totals per document type and overall.</summary>
public sealed record CorpusScore(IReadOnlyList<DocumentScore> Documents)
{
    public ScoreCounts Total => Documents.Select(document => document.Counts).Aggregate(ScoreCounts.Zero, ScoreCounts.Add);

    public IReadOnlyList<(string DocumentType, int Files, ScoreCounts Counts)> ByType =>
        [.. Documents.GroupBy(document => document.DocumentType, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (group.Key, group.Count(), group.Select(document => document.Counts).Aggregate(ScoreCounts.Zero, ScoreCounts.Add)))];
}
