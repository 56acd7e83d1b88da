using Azure.Data.Tables;

namespace Notify.Functions.Review;

/// <summary>What a review action decided about an item: a change to write with its history entry, or a refusal.</summary>
public sealed record ReviewDecision(Action<TableEntity>? Change, ItemHistoryEntry? Entry, ReviewOutcome? Refusal)
{
    public static ReviewDecision Apply(Action<TableEntity> change, ItemHistoryEntry entry) => new(change, entry, null);

    public static ReviewDecision Refuse(ReviewOutcome refusal) => new(null, null, refusal);
}
