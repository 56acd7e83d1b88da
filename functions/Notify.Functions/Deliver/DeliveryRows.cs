using Azure;
using Notify.Functions.FanOut;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Deliver;

/// <summary>
/// The Deliveries rows of a batch, written in transactions of up to 100 per partition. A batch claims rows just
/// before their send: a new row is inserted as claimed and owned by the batch. A row that exists is never sent again
/// once final or handed to a provider (sending, awaiting its receipt); a claimed row is taken over when it is the
/// batch's own (an earlier run of the same message died mid-send) or its owner's lease ran out; a temporary failure
/// is taken over once its next attempt is due, and otherwise left to the batch that owns it to schedule.
/// </summary>
public sealed class DeliveryRows(StorageClients storage, DeliveryOptions options, TimeProvider clock)
{
    private readonly TableClient _table = storage.GetTableClient(Tables.Deliveries);

    public async Task<IReadOnlyList<DeliveryClaim>> ClaimAsync(DeliveryBatch batch, string templateKind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var claims = new List<DeliveryClaim>(batch.Recipients.Count);
        var now = clock.GetUtcNow();
        var keyed = batch.Recipients.DistinctBy(recipient => recipient.Id).Select(recipient => (Recipient: recipient, Key: DeliveryKey.For(batch.JobId, recipient.Id)));
        foreach (var partition in keyed.GroupBy(pair => pair.Key.Partition))
        {
            foreach (var chunk in partition.Chunk(TableLimits.MaxActionsPerTransaction))
            {
                var rows = chunk.Select(pair => NewRow(pair.Key, pair.Recipient, batch.BatchId, templateKind, now)).ToList();
                try
                {
                    await _table.SubmitTransactionAsync([.. rows.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row))], cancellationToken);
                    claims.AddRange(chunk.Select(pair => FreshClaim(pair.Recipient, pair.Key, now)));
                }
                catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
                {
                    // Some rows exist: this batch ran before, or a copy of it did. Decide row by row.
                    foreach (var (pair, row) in chunk.Zip(rows))
                    {
                        claims.Add(await ClaimOneAsync(pair.Recipient, pair.Key, row, batch, now, cancellationToken));
                    }
                }
            }
        }

        return claims;
    }

    /// <summary>
    /// Writes the statuses sends left, merged into their rows in transactions of up to 100 per partition; a row that
    /// waits for another attempt keeps its owner and lease, so only the batch that owns it schedules that attempt.
    /// </summary>
    public async Task CompleteAsync(IReadOnlyList<DeliveryUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var now = clock.GetUtcNow();
        foreach (var partition in updates.GroupBy(update => update.Key.Partition))
        {
            foreach (var chunk in partition.Chunk(TableLimits.MaxActionsPerTransaction))
            {
                await _table.SubmitTransactionAsync(
                    [.. chunk.Select(update => new TableTransactionAction(TableTransactionActionType.UpdateMerge, ToEntity(update, now)))],
                    cancellationToken);
            }
        }
    }

    private static DeliveryClaim FreshClaim(FanOutRecipient recipient, DeliveryKey key, DateTimeOffset now) =>
        recipient.CapReason is null
            ? new DeliveryClaim(recipient, key, Send: true, null, OwnedElsewhere: false, Attempts: 1, FirstAttemptAt: now)
            : new DeliveryClaim(recipient, key, Send: false, DeliveryStatus.Suppressed, OwnedElsewhere: false);

    private async Task<DeliveryClaim> ClaimOneAsync(FanOutRecipient recipient, DeliveryKey key, TableEntity row, DeliveryBatch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await _table.AddEntityAsync(row, cancellationToken);
                return FreshClaim(recipient, key, now);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
            {
            }

            var existing = await _table.GetEntityOrDefaultAsync(key.Partition, key.Row, cancellationToken: cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (Decide(recipient, key, existing, batch, now) is { } decided)
            {
                return decided;
            }

            // Ours from an attempt that died mid-way, abandoned by a dead owner, or a temporary failure now due.
            var attempts = (existing.GetInt32("Attempts") ?? 1) + 1;
            existing["Owner"] = batch.BatchId;
            existing["LeaseUntil"] = now + options.Lease;
            existing["Status"] = DeliveryStatus.Claimed.ToString();
            existing["Attempts"] = attempts;
            existing["UpdatedAt"] = now;
            try
            {
                await _table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return new DeliveryClaim(recipient, key, Send: true, null, OwnedElsewhere: false, attempts, existing.GetDateTimeOffset("CreatedAt") ?? now);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                // Another send moved it first: look again.
            }
        }
    }

    /// <summary>What to do with an existing row without taking it over; null when this batch is to take it over and send.</summary>
    private static DeliveryClaim? Decide(FanOutRecipient recipient, DeliveryKey key, TableEntity existing, DeliveryBatch batch, DateTimeOffset now)
    {
        var status = Enum.Parse<DeliveryStatus>(existing.GetString("Status") ?? nameof(DeliveryStatus.Created));
        var rowOwner = existing.GetString("Owner");
        var mine = rowOwner == batch.BatchId;
        if (DeliveryStatuses.IsFinal(status) || status == DeliveryStatus.Sending)
        {
            // Never sent again. Counted by the batch that owns the row; a row nobody owns (cancelled ahead of the send) by whoever meets it.
            return new DeliveryClaim(recipient, key, Send: false, status, OwnedElsewhere: !(mine || rowOwner is null));
        }

        if (status == DeliveryStatus.Claimed)
        {
            var leased = existing.GetDateTimeOffset("LeaseUntil") is { } until && until > now;
            return mine || !leased ? null : new DeliveryClaim(recipient, key, Send: false, null, OwnedElsewhere: true);
        }

        if (DeliveryStatuses.AwaitsRetry(status) && existing.GetDateTimeOffset("NextAttemptAt") is { } next && next > now)
        {
            // Not due yet: the batch that owns the row (or a retry batch it enqueued, come early) schedules it again.
            return mine || (batch.RetryOf is not null && rowOwner == batch.RetryOf)
                ? new DeliveryClaim(recipient, key, Send: false, null, OwnedElsewhere: false, RetryAt: next, Owner: rowOwner)
                : new DeliveryClaim(recipient, key, Send: false, null, OwnedElsewhere: true);
        }

        return null;
    }

    private TableEntity NewRow(DeliveryKey key, FanOutRecipient recipient, string owner, string templateKind, DateTimeOffset now)
    {
        var row = new TableEntity(key.Partition, key.Row)
        {
            ["Status"] = (recipient.CapReason is null ? DeliveryStatus.Claimed : DeliveryStatus.Suppressed).ToString(),
            ["TemplateKey"] = templateKind,
            ["Owner"] = owner,
            ["LeaseUntil"] = now + options.Lease,
            ["Attempts"] = 1,
            ["CreatedAt"] = now,
            ["UpdatedAt"] = now,
        };
        if (recipient.CapReason is { } reason)
        {
            row["ErrorCode"] = "daily-cap";
            row["Reason"] = reason;
        }

        return row;
    }

    private static TableEntity ToEntity(DeliveryUpdate update, DateTimeOffset now) => new(update.Key.Partition, update.Key.Row)
    {
        ["Status"] = update.Status.ToString(),
        ["Channel"] = update.Channel?.ToString(),
        ["ProviderMessageId"] = update.ProviderMessageId,
        ["ErrorCode"] = update.ErrorCode,
        ["Reason"] = update.Reason,
        ["TemplateVersion"] = update.TemplateVersion,
        ["NextAttemptAt"] = update.NextAttemptAt,
        ["UpdatedAt"] = now,
    };
}
