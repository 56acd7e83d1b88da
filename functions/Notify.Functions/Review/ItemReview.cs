using System.Text.Json;
using Notify.Core.Extraction;
using Notify.Storage;
using Notify.Storage.Tables;

namespace Notify.Functions.Review;

/// <summary>
/// Edits, approves and rejects extracted items. Every change is guarded by the item's ETag,
/// stamped with who and when, and written to the item's history. An edit sends an approved or
/// rejected item back to "proposed": what was approved is what gets scheduled.
/// </summary>
public sealed class ItemReview(PolicyItemStore store, ItemEditValidator validator, TimeProvider clock)
{
    public Task<ReviewOutcome> EditAsync(string policyId, string itemId, ItemEdit edit, string actor, string? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(policyId, itemId, ifMatch, current =>
        {
            var (changed, errors) = validator.Apply(current.Item, edit);
            if (changed is null)
            {
                return ReviewDecision.Refuse(ReviewOutcome.Invalid(errors));
            }

            var now = clock.GetUtcNow();
            var entry = new ItemHistoryEntry("edited", actor, now, JsonSerializer.Serialize(edit, ExtractionJson.Options), null);
            return ReviewDecision.Apply(entity =>
            {
                PolicyItemEntities.Write(entity, changed);
                entity["ReviewState"] = ReviewState.Proposed;
                entity["EditedBy"] = actor;
                entity["EditedAt"] = now;
            }, entry);
        }, cancellationToken);

    public Task<ReviewOutcome> ApproveAsync(string policyId, string itemId, string actor, string? note, string? ifMatch, CancellationToken cancellationToken) =>
        DecideAsync(policyId, itemId, ReviewState.Approved, actor, note, ifMatch, cancellationToken);

    public Task<ReviewOutcome> RejectAsync(string policyId, string itemId, string actor, string? note, string? ifMatch, CancellationToken cancellationToken) =>
        DecideAsync(policyId, itemId, ReviewState.Rejected, actor, note, ifMatch, cancellationToken);

    private Task<ReviewOutcome> DecideAsync(
        string policyId, string itemId, string state, string actor, string? note, string? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(policyId, itemId, ifMatch, current =>
        {
            if (current.ReviewState == state)
            {
                return ReviewDecision.Refuse(ReviewOutcome.Conflict($"The item is already {state}."));
            }

            if (state == ReviewState.Approved && ItemEditValidator.ApprovalBlocker(current.Item) is { } blocker)
            {
                return ReviewDecision.Refuse(ReviewOutcome.Conflict(blocker));
            }

            var now = clock.GetUtcNow();
            return ReviewDecision.Apply(entity =>
            {
                entity["ReviewState"] = state;
                entity["ReviewedBy"] = actor;
                entity["ReviewedAt"] = now;
                entity["ReviewNote"] = note;
            }, new ItemHistoryEntry(state, actor, now, null, note));
        }, cancellationToken);

    /// <summary>Reads the item, lets <paramref name="decide"/> check it and describe the change, then writes it and its history.</summary>
    private async Task<ReviewOutcome> ChangeAsync(
        string policyId,
        string itemId,
        string? ifMatch,
        Func<PolicyItem, ReviewDecision> decide,
        CancellationToken cancellationToken)
    {
        var entity = await store.FindItemEntityAsync(policyId, itemId, cancellationToken);
        if (entity is null)
        {
            return ReviewOutcome.NotFound(policyId, itemId);
        }

        var current = PolicyItemEntities.ToItem(entity);
        if (ifMatch is not null && ifMatch != "*" && ifMatch != current.ETag)
        {
            return ReviewOutcome.Stale();
        }

        var decision = decide(current);
        if (decision.Refusal is not null)
        {
            return decision.Refusal;
        }

        decision.Change!(entity);
        try
        {
            await store.ReplaceItemAsync(entity, cancellationToken);
        }
        catch (StorageRequestException exception) when (exception.ErrorCode == StorageErrorCodes.UpdateConditionNotSatisfied)
        {
            return ReviewOutcome.Stale();
        }

        await store.AddHistoryAsync(policyId, itemId, decision.Entry!, cancellationToken);
        var updated = await store.FindItemEntityAsync(policyId, itemId, cancellationToken);
        return ReviewOutcome.Done(PolicyItemEntities.ToItem(updated!));
    }
}
