using System.Text.Json;
using Notify.Core.Extraction;
using Notify.Functions.Audit;
using Notify.Functions.Notices;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Azure;

namespace Notify.Functions.Review;

/// <summary>
/// Edits, approves and rejects extracted items. Every change is guarded by the item's ETag,
/// stamped with who and when, and written to the item's history. An edit sends an approved or
/// rejected item back to "proposed": what was approved is what gets scheduled.
/// </summary>
public sealed class ItemReview(PolicyItemStore store, ItemEditValidator validator, NoticeScheduler scheduler, IEnumerable<IApprovalGuard> guards, AuditTrail audit, TimeProvider clock)
{
    private const string Unscheduled = "unscheduled:";

    /// <summary>How the schedule of an approved item merged into another begins.</summary>
    public const string MergedPrefix = "merged into";

    public async Task<ReviewOutcome> EditAsync(string policyId, string itemId, ItemEdit edit, string actor, string? ifMatch, CancellationToken cancellationToken) =>
        await MergeTargetProblemAsync(edit, cancellationToken) ?? Audited(actor, "edited", policyId, itemId, EditedFields(edit), await UnscheduleOnSuccessAsync(policyId, itemId, await ChangeAsync(policyId, itemId, ifMatch, current =>
        {
            var (changed, errors) = validator.Apply(current, edit);
            if (changed is null)
            {
                return ReviewDecision.Refuse(ReviewOutcome.Invalid(errors));
            }

            var now = clock.GetUtcNow();
            var cleared = ReviewReasons.Cleared(current.Item, changed.Item);
            var entry = new ItemHistoryEntry("edited", actor, now, JsonSerializer.Serialize(edit, ExtractionJson.Options), null, cleared.Count == 0 ? null : cleared);
            return ReviewDecision.Apply(entity =>
            {
                PolicyItemEntities.Write(entity, changed.Item);
                PolicyItemEntities.Write(entity, changed.Decisions);
                entity["ReviewState"] = ReviewState.Proposed;
                entity["EditedBy"] = actor;
                entity["EditedAt"] = now;
            }, entry);
        }, cancellationToken), cancellationToken));

    /// <summary>Approves the item and schedules its notices; the outcome's item says what was scheduled, or that it had expired.</summary>
    public async Task<ReviewOutcome> ApproveAsync(string policyId, string itemId, string actor, string? note, string? ifMatch, CancellationToken cancellationToken)
    {
        var outcome = await DecideAsync(policyId, itemId, ReviewState.Approved, actor, note, ifMatch, cancellationToken);
        if (outcome is not { Kind: ReviewOutcomeKind.Done, Item: { } approved })
        {
            return outcome;
        }

        if (approved.Decisions.MergedInto is { } canonical)
        {
            var merged = $"{MergedPrefix} {canonical}: nothing of its own is sent; that item's notices speak for both";
            return Audited(actor, "approved", policyId, itemId, merged, await RecordScheduleAsync(policyId, itemId, merged, cancellationToken));
        }

        var plan = await scheduler.ScheduleAsync(approved, approved.ReviewedAt ?? clock.GetUtcNow(), cancellationToken);
        var schedule = NoticeScheduler.Describe(plan);
        return Audited(actor, "approved", policyId, itemId, schedule, await RecordScheduleAsync(policyId, itemId, schedule, cancellationToken));
    }

    public async Task<ReviewOutcome> RejectAsync(string policyId, string itemId, string actor, string? note, string? ifMatch, CancellationToken cancellationToken) =>
        Audited(actor, "rejected", policyId, itemId, null,
            await UnscheduleOnSuccessAsync(policyId, itemId, await DecideAsync(policyId, itemId, ReviewState.Rejected, actor, note, ifMatch, cancellationToken), cancellationToken));

    /// <summary>
    /// An edit may merge an item only into one that exists (else 400 naming mergeInto), was not rejected and is not
    /// itself merged into a third (409 saying which item to merge into instead).
    /// </summary>
    private async Task<ReviewOutcome?> MergeTargetProblemAsync(ItemEdit edit, CancellationToken cancellationToken)
    {
        if (edit.MergeInto is not { Length: > 0 } reference || reference.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            return null;
        }

        var target = await store.FindByReferenceAsync(reference, cancellationToken);
        return target switch
        {
            null => ReviewOutcome.Invalid(new Dictionary<string, string[]> { ["mergeInto"] = [$"There is no item {reference}; give the item to merge into as policyId/itemId."] }),
            { ReviewState: ReviewState.Rejected } => ReviewOutcome.Conflict($"Item {reference} was rejected: merge into an item that will be sent, or keep this one apart."),
            { Decisions.MergedInto: { } further } => ReviewOutcome.Conflict($"Item {reference} is itself merged into {further}: merge into {further} instead."),
            _ => null,
        };
    }

    private ReviewOutcome Audited(string actor, string action, string policyId, string itemId, string? detail, ReviewOutcome outcome)
    {
        if (outcome.Kind == ReviewOutcomeKind.Done)
        {
            audit.Record(actor, $"{action} item", ItemDecisions.Reference(policyId, itemId), detail);
        }

        return outcome;
    }

    /// <summary>The names of the fields an edit sets: what the audit line says changed, never the values.</summary>
    private static string EditedFields(ItemEdit edit) => string.Join(", ", typeof(ItemEdit).GetProperties()
        .Where(property => property.GetValue(edit) is not null)
        .Select(property => char.ToLowerInvariant(property.Name[0]) + property.Name[1..]));

    /// <summary>What was approved is what gets sent: an approved item that is edited or rejected loses its schedule.</summary>
    private async Task<ReviewOutcome> UnscheduleOnSuccessAsync(string policyId, string itemId, ReviewOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome is { Kind: ReviewOutcomeKind.Done, Item: { } item } && item.Schedule is { } current
            && !current.StartsWith(Unscheduled, StringComparison.Ordinal) && !current.StartsWith(NoticeScheduler.ExpiredPrefix, StringComparison.Ordinal))
        {
            var cancelled = await scheduler.UnscheduleAsync(policyId, itemId, cancellationToken);
            return await RecordScheduleAsync(policyId, itemId, $"{Unscheduled} {cancelled} occurrences cancelled when the item went back to {item.ReviewState}", cancellationToken);
        }

        return outcome;
    }

    private async Task<ReviewOutcome> RecordScheduleAsync(string policyId, string itemId, string schedule, CancellationToken cancellationToken)
    {
        await store.SetScheduleAsync(policyId, itemId, schedule, cancellationToken);
        var updated = await store.FindItemEntityAsync(policyId, itemId, cancellationToken);
        return ReviewOutcome.Done(PolicyItemEntities.ToItem(updated!));
    }

    private Task<ReviewOutcome> DecideAsync(
        string policyId, string itemId, string state, string actor, string? note, string? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(policyId, itemId, ifMatch, async current =>
        {
            if (current.ReviewState == state)
            {
                return ReviewDecision.Refuse(ReviewOutcome.Conflict($"The item is already {state}."));
            }

            if (state == ReviewState.Approved && await ApprovalBlockerAsync(current, cancellationToken) is { } blocker)
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

    /// <summary>
    /// Why the item cannot be approved, every reason at once so the reviewer can mend them together: its own fields
    /// first, then each registered guard's; null when it can be approved.
    /// </summary>
    public async Task<string?> ApprovalBlockerAsync(PolicyItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (ItemEditValidator.ApprovalBlocker(item.Item) is { } blocker)
        {
            return blocker;
        }

        var refusals = new List<string>();
        foreach (var guard in guards)
        {
            if (await guard.BlockerAsync(item, cancellationToken) is { } refusal)
            {
                refusals.Add(refusal);
            }
        }

        return refusals.Count == 0 ? null : string.Join(" ", refusals);
    }

    private Task<ReviewOutcome> ChangeAsync(
        string policyId, string itemId, string? ifMatch, Func<PolicyItem, ReviewDecision> decide, CancellationToken cancellationToken) =>
        ChangeAsync(policyId, itemId, ifMatch, current => Task.FromResult(decide(current)), cancellationToken);

    /// <summary>Reads the item, lets <paramref name="decide"/> check it and describe the change, then writes it and its history.</summary>
    private async Task<ReviewOutcome> ChangeAsync(
        string policyId,
        string itemId,
        string? ifMatch,
        Func<PolicyItem, Task<ReviewDecision>> decide,
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

        var decision = await decide(current);
        if (decision.Refusal is not null)
        {
            return decision.Refusal;
        }

        decision.Change!(entity);
        try
        {
            await store.ReplaceItemAsync(entity, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            return ReviewOutcome.Stale();
        }

        await store.AddHistoryAsync(policyId, itemId, decision.Entry!, cancellationToken);
        var updated = await store.FindItemEntityAsync(policyId, itemId, cancellationToken);
        return ReviewOutcome.Done(PolicyItemEntities.ToItem(updated!));
    }
}
