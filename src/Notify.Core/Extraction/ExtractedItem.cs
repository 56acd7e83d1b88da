using Notify.Core.Items;
using Notify.Core.Residents;

namespace Notify.Core.Extraction;

/// <summary>
/// One time-bound item: what kind, when, where it stands in the input (1-based line, quoted
/// sentence), who must act, which residents it concerns, and how sure the extraction is.
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
    bool NeedsReview,
    IReadOnlyList<string> Reasons);
