namespace Notify.Core.Documents;

/// <summary>A date a page states about itself in a metadata field: which field, on which 1-based source line.</summary>
/// <param name="Rank">How much it says about the document's own date: lower is better.</param>
internal sealed record MetadataDate(DateOnly Date, string Field, int SourceLine, int Rank)
{
    internal const int SignedRank = 0;
    internal const int PublishedRank = 1;
    internal const int DeadlineRank = 2;

    /// <summary>The field dates the document itself (成文日期, 发布日期), not a deadline in it.</summary>
    public bool DatesTheDocument => Rank < DeadlineRank;
}
