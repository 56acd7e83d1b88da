using Azure;
using Notify.Core.Channels;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Deliver;

/// <summary>
/// The record of every delivery (Deliveries: partition = delivery id) and an index from the
/// provider's message id to it (DeliveryProviderIds: partition = channel), so provider receipts find
/// their delivery. The row is created before the provider is called; its status only moves forward.
/// </summary>
public sealed class DeliveryLedger(StorageClients storage, TimeProvider clock)
{
    private readonly TableClient _deliveries = storage.GetTableClient(Tables.Deliveries);
    private readonly TableClient _providerIds = storage.GetTableClient(Tables.DeliveryProviderIds);

    /// <summary>Creates the delivery row, or returns the existing one: creating twice is harmless.</summary>
    public async Task<DeliveryRecord> CreateAsync(string deliveryId, ChannelKind channel, string? templateKey, int? templateVersion, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = DeliveryKey.Parse(deliveryId);
        var entity = new TableEntity(key.Partition, key.Row)
        {
            ["Channel"] = channel.ToString(),
            ["Status"] = DeliveryStatus.Created.ToString(),
            ["TemplateKey"] = templateKey,
            ["TemplateVersion"] = templateVersion,
            ["CreatedAt"] = now,
            ["UpdatedAt"] = now,
        };
        try
        {
            await _deliveries.AddEntityAsync(entity, cancellationToken);
            return ToRecord(entity);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            return (await FindAsync(deliveryId, cancellationToken))!;
        }
    }

    public async Task<DeliveryRecord?> FindAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var key = DeliveryKey.Parse(deliveryId);
        var entity = await _deliveries.GetEntityOrDefaultAsync(key.Partition, key.Row, cancellationToken: cancellationToken);
        return entity is null ? null : ToRecord(entity);
    }

    /// <summary>
    /// Records that <paramref name="recipientId"/> is not to get job <paramref name="jobId"/>'s message (they paid, moved away …):
    /// a cancelled row, written before the fan-out reaches them, which a later send finds final and skips. A row already there is kept.
    /// </summary>
    public async Task<bool> CancelAsync(string jobId, string recipientId, string reason, CancellationToken cancellationToken)
    {
        var key = DeliveryKey.For(jobId, recipientId);
        var now = clock.GetUtcNow();
        try
        {
            await _deliveries.AddEntityAsync(new TableEntity(key.Partition, key.Row)
            {
                ["Status"] = DeliveryStatus.Cancelled.ToString(),
                ["Reason"] = reason,
                ["CreatedAt"] = now,
                ["UpdatedAt"] = now,
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            return false;
        }
    }

    /// <summary>Every delivery row counted by its status ("(none)" for a row without one); empty when the table does not exist yet.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        try
        {
            await foreach (var row in _deliveries.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "Status"], maxPerPage: TableLimits.MaxPageSize, cancellationToken: cancellationToken))
            {
                var status = row.GetString("Status") ?? "(none)";
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.TableNotFound) or nameof(TableErrorCode.ResourceNotFound))
        {
            // No table yet: nothing was delivered.
        }

        return counts;
    }

    /// <summary>Marks a delivery as being sent, just before the provider is called.</summary>
    public Task<bool> MarkSendingAsync(string deliveryId, CancellationToken cancellationToken) =>
        UpdateAsync(deliveryId, DeliveryStatus.Sending, null, null, null, null, cancellationToken);

    /// <summary>
    /// Records what the provider answered to the send and indexes its message id for receipts. A
    /// receipt that raced ahead of this record (providers call back fast) was parked on the index
    /// row and is applied now, after the send's own status.
    /// </summary>
    public Task<bool> RecordSendAsync(string deliveryId, ChannelKind channel, SendResult result, CancellationToken cancellationToken) =>
        RecordSendAsync(new DeliveryUpdate(DeliveryKey.Parse(deliveryId), DeliveryStatuses.From(result.Outcome), channel, null, null, null, null), result, cancellationToken);

    /// <summary>Records a batch's send as <see cref="RecordSendAsync(string, ChannelKind, SendResult, CancellationToken)"/> does, with the channel and template version it went out with.</summary>
    public async Task<bool> RecordSendAsync(DeliveryUpdate send, SendResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(result);
        var deliveryId = send.Key.Id;
        var parked = result.ProviderMessageId is { } providerMessageId && send.Channel is { } channel
            ? await IndexAsync(channel, providerMessageId, deliveryId, cancellationToken)
            : null;
        var recorded = await UpdateAsync(deliveryId, DeliveryStatuses.From(result.Outcome), result.ProviderMessageId, result.ErrorCode, result.Reason, result.RawResponse, cancellationToken, sentWith: send);
        if (parked is not null)
        {
            await UpdateAsync(deliveryId, parked.Status, result.ProviderMessageId, parked.ErrorCode, parked.Reason, parked.Raw, cancellationToken, fromReceipt: true);
        }

        return recorded;
    }

    /// <summary>
    /// Applies a provider receipt. When no send has recorded that provider message id yet, the
    /// receipt is parked until it is; false only if it could be neither applied nor parked.
    /// </summary>
    public async Task<bool> ApplyReceiptAsync(
        ChannelKind channel, string providerMessageId, DeliveryStatus status, string? errorCode, string? reason, string rawResponse, CancellationToken cancellationToken)
    {
        while (true)
        {
            var index = await _providerIds.GetEntityOrDefaultAsync(channel.ToString(), providerMessageId, cancellationToken: cancellationToken);
            if (index?.GetString("DeliveryId") is { } deliveryId)
            {
                return await UpdateAsync(deliveryId, status, providerMessageId, errorCode, reason, rawResponse, cancellationToken, fromReceipt: true);
            }

            if (await TryParkAsync(index, channel, providerMessageId, new ParkedReceipt(status, errorCode, reason, rawResponse), cancellationToken))
            {
                return true;
            }
        }
    }

    private async Task<ParkedReceipt?> IndexAsync(ChannelKind channel, string providerMessageId, string deliveryId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var existing = await _providerIds.GetEntityOrDefaultAsync(channel.ToString(), providerMessageId, cancellationToken: cancellationToken);
            var row = new TableEntity(channel.ToString(), providerMessageId) { ["DeliveryId"] = deliveryId };
            try
            {
                if (existing is null)
                {
                    await _providerIds.AddEntityAsync(row, cancellationToken);
                    return null;
                }

                await _providerIds.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return ParkedReceipt.From(existing);
            }
            catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.EntityAlreadyExists) or nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                // A receipt was parked at the same moment: read it and take it with us.
            }
        }
    }

    private async Task<bool> TryParkAsync(TableEntity? index, ChannelKind channel, string providerMessageId, ParkedReceipt receipt, CancellationToken cancellationToken)
    {
        // Several receipts may arrive before the send is recorded; a final one is never replaced by a later non-final one.
        if (ParkedReceipt.From(index) is { } earlier && DeliveryStatuses.IsFinal(earlier.Status) && !DeliveryStatuses.IsFinal(receipt.Status))
        {
            return true;
        }

        var row = receipt.ToEntity(channel, providerMessageId);
        try
        {
            if (index is null)
            {
                await _providerIds.AddEntityAsync(row, cancellationToken);
            }
            else
            {
                await _providerIds.UpdateEntityAsync(row, index.ETag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.EntityAlreadyExists) or nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            return false;
        }
    }

    /// <summary>Moves a delivery to <paramref name="status"/> unless it is already final; ETag-guarded against concurrent receipts.</summary>
    private async Task<bool> UpdateAsync(
        string deliveryId,
        DeliveryStatus status,
        string? providerMessageId,
        string? errorCode,
        string? reason,
        string? raw,
        CancellationToken cancellationToken,
        bool fromReceipt = false,
        DeliveryUpdate? sentWith = null)
    {
        while (true)
        {
            var key = DeliveryKey.Parse(deliveryId);
            var entity = await _deliveries.GetEntityOrDefaultAsync(key.Partition, key.Row, cancellationToken: cancellationToken);
            if (entity is null)
            {
                return false;
            }

            var current = Enum.Parse<DeliveryStatus>(entity.GetString("Status") ?? nameof(DeliveryStatus.Created));
            // The send's channel and template version are facts, written even when a faster receipt already made the row final.
            var channelMissing = sentWith?.Channel is not null && entity.GetString("Channel") is null;
            if (sentWith is not null)
            {
                entity["Channel"] = sentWith.Channel?.ToString() ?? entity.GetString("Channel");
                entity["TemplateVersion"] = sentWith.TemplateVersion ?? entity.GetInt32("TemplateVersion");
            }

            // Receipts arrive late and out of order: a provider's "sent" never undoes a failure already recorded.
            if (DeliveryStatuses.IsFinal(current) || (fromReceipt && status == DeliveryStatus.Sending && current != DeliveryStatus.Created))
            {
                if (!channelMissing || await TryReplaceAsync(entity, cancellationToken))
                {
                    return true;
                }

                continue;
            }

            entity["Status"] = status.ToString();
            entity["ProviderMessageId"] = providerMessageId ?? entity.GetString("ProviderMessageId");
            entity["ErrorCode"] = errorCode;
            entity["Reason"] = reason;
            entity["RawResponse"] = raw is { Length: > 16_000 } ? raw[..16_000] : raw ?? entity.GetString("RawResponse");
            entity["UpdatedAt"] = clock.GetUtcNow();
            try
            {
                await _deliveries.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                // A receipt and the send's own record raced: read again and re-decide.
            }
        }
    }

    private async Task<bool> TryReplaceAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _deliveries.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            return false;
        }
    }

    private static DeliveryRecord ToRecord(TableEntity entity) => new(
        new DeliveryKey(entity.PartitionKey, entity.RowKey).Id,
        Enum.Parse<ChannelKind>(entity.GetString("Channel") ?? nameof(ChannelKind.Sms)),
        Enum.Parse<DeliveryStatus>(entity.GetString("Status") ?? nameof(DeliveryStatus.Created)),
        entity.GetString("TemplateKey"),
        entity.GetInt32("TemplateVersion"),
        entity.GetString("ProviderMessageId"),
        entity.GetString("ErrorCode"),
        entity.GetString("Reason"),
        entity.GetString("RawResponse"),
        entity.GetDateTimeOffset("CreatedAt") ?? default,
        entity.GetDateTimeOffset("UpdatedAt") ?? default);
}
