using Notify.Core.Items;
using Notify.Core.Residents;

namespace Notify.Core.Extraction;

/// <summary>
/// One time-bound item: what kind, when, where it stands in the input (1-based line, quoted
/// sentence), who must act, which residents it concerns, and how sure the extraction is.
/// <see cref="Reasons"/> say, in words a reviewer acts on, why the item needs review (see <see cref="ReviewRule"/>);
/// <see cref="NeedsReview"/> is true exactly when there is one, so the two cannot disagree.
/// </summary>
public sealed record ExtractedItem(
    ItemKind Kind,
    DateOnly? Date,
    DateOnly? EndDate,
    string? Recurrence,
    int Line,
    string Quote,
    string? DocNumber,
    IReadOnlyList<UnitRef> LeadUnits,
    IReadOnlyList<UnitRef> CooperatingUnits,
    ItemAudience Audience,
    IReadOnlyList<string> ResidentGroups,
    IReadOnlyList<AmountRule> Amounts,
    double Confidence,
    IReadOnlyList<string> Reasons)
{
    public bool NeedsReview => Reasons.Count > 0;

    /// <summary>The date or its year was worked out (from the signing date, the title, a rule) rather than read off the text; a person setting the date ends it.</summary>
    public bool DateInferred { get; init; }

    /// <summary>How the extractor read the item (conventions applied, where a year came from): a record, not a doubt.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
