using Azure;
using Notify.Functions.FanOut;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Deliver;

/// <summary>
/// The Deliveries rows of a batch, written in transactions of up to 100 per partition. A batch claims its rows
/// before any provider is called: a new row is inserted as sending and owned by the batch; a row that exists is
/// left alone when final or owned by another send whose lease runs, and taken over otherwise (its owner died).
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
                    claims.AddRange(chunk.Select(pair => FreshClaim(pair.Recipient, pair.Key)));
                }
                catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
                {
                    // Some rows exist: this batch ran before, or a copy of it did. Decide row by row.
                    foreach (var (pair, row) in chunk.Zip(rows))
                    {
                        claims.Add(await ClaimOneAsync(pair.Recipient, pair.Key, row, batch.BatchId, now, cancellationToken));
                    }
                }
            }
        }

        return claims;
    }

    /// <summary>Writes the statuses sends left, merged into their rows in transactions of up to 100 per partition.</summary>
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

    private static DeliveryClaim FreshClaim(FanOutRecipient recipient, DeliveryKey key) =>
        recipient.CapReason is null
            ? new DeliveryClaim(recipient, key, Send: true, null, OwnedElsewhere: false)
            : new DeliveryClaim(recipient, key, Send: false, DeliveryStatus.Suppressed, OwnedElsewhere: false);

    private async Task<DeliveryClaim> ClaimOneAsync(FanOutRecipient recipient, DeliveryKey key, TableEntity row, string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await _table.AddEntityAsync(row, cancellationToken);
                return FreshClaim(recipient, key);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
            {
            }

            var existing = await _table.GetEntityOrDefaultAsync(key.Partition, key.Row, cancellationToken: cancellationToken);
            if (existing is null)
            {
                continue;
            }

            var status = Enum.Parse<DeliveryStatus>(existing.GetString("Status") ?? nameof(DeliveryStatus.Created));
            var rowOwner = existing.GetString("Owner");
            var mine = rowOwner == owner;
            if (DeliveryStatuses.IsFinal(status))
            {
                // Counted by the batch that owns the row; a row nobody owns (cancelled ahead of the send) by whoever meets it.
                return mine || rowOwner is null
                    ? new DeliveryClaim(recipient, key, Send: false, status, OwnedElsewhere: false)
                    : new DeliveryClaim(recipient, key, Send: false, status, OwnedElsewhere: true);
            }

            var leased = existing.GetDateTimeOffset("LeaseUntil") is { } until && until > now;
            if (!mine && leased && status is DeliveryStatus.Sending or DeliveryStatus.Created)
            {
                return new DeliveryClaim(recipient, key, Send: false, null, OwnedElsewhere: true);
            }

            // Ours from an attempt that died mid-way, or abandoned by a dead owner, or a temporary failure to retry.
            existing["Owner"] = owner;
            existing["LeaseUntil"] = now + options.Lease;
            existing["Status"] = DeliveryStatus.Sending.ToString();
            existing["Attempts"] = (existing.GetInt32("Attempts") ?? 1) + 1;
            existing["UpdatedAt"] = now;
            try
            {
                await _table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return new DeliveryClaim(recipient, key, Send: true, null, OwnedElsewhere: false);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                // Another send moved it first: look again.
            }
        }
    }

    private TableEntity NewRow(DeliveryKey key, FanOutRecipient recipient, string owner, string templateKind, DateTimeOffset now)
    {
        var row = new TableEntity(key.Partition, key.Row)
        {
            ["Status"] = (recipient.CapReason is null ? DeliveryStatus.Sending : DeliveryStatus.Suppressed).ToString(),
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
        ["UpdatedAt"] = now,
    };
}
