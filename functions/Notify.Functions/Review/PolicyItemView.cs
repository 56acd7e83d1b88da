using Notify.Core.Extraction;

namespace Notify.Functions.Review;

/// <summary>An item as the review API shows it: the extracted item (as <c>extract</c> prints it), the review decisions, with its review trail and ETag.</summary>
public sealed record PolicyItemView(
    string Id,
    string PolicyId,
    ExtractedItem Item,
    ItemDecisions Decisions,
    string ReviewState,
    string? EditedBy,
    DateTimeOffset? EditedAt,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewNote,
    string ETag,
    string? Schedule,
    IReadOnlyList<ItemHistoryEntry>? History = null)
{
    /// <summary>Why the item needs review: each of <c>item.reasons</c> with the cause it stands for; empty when it needs none.</summary>
    public IReadOnlyList<ReviewReason> Why => ReviewReasons.Explain(Item);

    public static PolicyItemView From(PolicyItem stored, IReadOnlyList<ItemHistoryEntry>? history = null) => new(
        stored.Id, stored.PolicyId, stored.Item, stored.Decisions, stored.ReviewState, stored.EditedBy, stored.EditedAt,
        stored.ReviewedBy, stored.ReviewedAt, stored.ReviewNote, stored.ETag, stored.Schedule, history);
}
