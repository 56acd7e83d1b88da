using System.Globalization;
using Notify.Core.Extraction;
using Notify.Core.Scheduling;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.Deliver;

/// <summary>
/// Every delivery a resident or a unit was given, found without knowing the jobs (Deliveries is partitioned by job).
/// RecipientDeliveries: partition = audience + the recipient's delivery shard, row = "recipientId|jobId". A batch's
/// recipients share one shard, so its index rows go in the same few transactions as its status rows. The index
/// points at the delivery row, which is read for the status: receipts keep moving it after the send.
/// </summary>
public sealed class RecipientHistory(StorageClients storage, ScheduleOptions schedule)
{
    private readonly TableClient _index = storage.GetTableClient(Tables.RecipientDeliveries);
    private readonly TableClient _deliveries = storage.GetTableClient(Tables.Deliveries);

    /// <summary>Indexes the deliveries of one batch under their recipients, before any is sent; writing again is harmless.</summary>
    public async Task IndexAsync(DeliveryContext context, string jobId, IReadOnlyList<FanOutRecipient> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(recipients);
        var audience = context.Notice.Audience;
        var rows = recipients.Select(recipient => new TableEntity(Partition(audience, recipient.Id), Row(recipient.Id, jobId))
        {
            ["DeliveryId"] = DeliveryKey.For(jobId, recipient.Id).Id,
            ["JobId"] = jobId,
            ["PolicyId"] = context.Notice.PolicyId,
            ["ItemId"] = NoticeScheduler.PolicyItemId(context.Notice.PolicyId, context.Notice.ItemId),
            ["TemplateKind"] = context.Occurrence.TemplateKind,
            ["DueUtc"] = context.Occurrence.DueUtc,
        });
        foreach (var partition in rows.GroupBy(row => row.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(TableLimits.MaxActionsPerTransaction))
            {
                await _index.SubmitTransactionAsync([.. chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row))], cancellationToken);
            }
        }
    }

    /// <summary>Every message to one resident or unit, oldest first, with where each stands now.</summary>
    public async Task<IReadOnlyList<DeliveryHistoryEntry>> ForAsync(ItemAudience audience, string recipientId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition(audience, recipientId)} and RowKey ge {recipientId + "|"} and RowKey lt {recipientId + "}"}");
        var entries = new List<DeliveryHistoryEntry>();
        await foreach (var row in _index.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var key = DeliveryKey.Parse(row.GetString("DeliveryId") ?? "");
            var delivery = await _deliveries.GetEntityOrDefaultAsync(key.Partition, key.Row, cancellationToken: cancellationToken);
            entries.Add(new DeliveryHistoryEntry(
                row.GetString("JobId") ?? "",
                row.GetString("PolicyId") ?? "",
                row.GetString("ItemId") ?? "",
                row.GetString("TemplateKind") ?? "",
                delivery?.GetInt32("TemplateVersion"),
                delivery?.GetString("Channel"),
                delivery?.GetString("Status") ?? "unknown",
                delivery?.GetString("Reason"),
                Local(row.GetDateTimeOffset("DueUtc") ?? default),
                delivery?.GetDateTimeOffset("UpdatedAt") is { } updated ? Local(updated) : null));
        }

        return [.. entries.OrderBy(entry => entry.Due).ThenBy(entry => entry.JobId, StringComparer.Ordinal)];
    }

    private DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, schedule.TimeZone);

    private static string Partition(ItemAudience audience, string recipientId) =>
        string.Create(CultureInfo.InvariantCulture, $"{(audience == ItemAudience.Units ? "unit" : "resident")}|{DeliveryKey.Shard(recipientId):x1}");

    private static string Row(string recipientId, string jobId) => $"{recipientId}|{jobId}";
}
