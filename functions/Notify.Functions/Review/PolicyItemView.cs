using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Residents;

namespace Notify.Functions.Review;

/// <summary>An item as the review API shows it: the extracted fields plus its review trail and ETag.</summary>
public sealed record PolicyItemView(
    string Id,
    string PolicyId,
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
    IReadOnlyList<string> Reasons,
    string ReviewState,
    string? EditedBy,
    DateTimeOffset? EditedAt,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewNote,
    string ETag,
    IReadOnlyList<ItemHistoryEntry>? History = null)
{
    public static PolicyItemView From(PolicyItem stored, IReadOnlyList<ItemHistoryEntry>? history = null)
    {
        var item = stored.Item;
        return new PolicyItemView(
            stored.Id, stored.PolicyId, item.Kind, item.Date, item.EndDate, item.Recurrence, item.Line, item.Quote, item.DocNumber,
            item.LeadUnits, item.CooperatingUnits, item.Audience, item.ResidentGroups, item.Amounts, item.Confidence,
            item.NeedsReview, item.Reasons, stored.ReviewState, stored.EditedBy, stored.EditedAt, stored.ReviewedBy,
            stored.ReviewedAt, stored.ReviewNote, stored.ETag, history);
    }
}
