using Azure.Data.Tables;
using Notify.Functions.Deliver;
using Notify.Functions.Storage;

namespace Notify.Benchmarks.FanOut;

/// <summary>
/// What the storage alone allows for a fan-out's delivery rows: the same rows the app writes for the same recipients
/// (partition = job + one of 16 shards, row = recipient), each inserted and then merged with its final status, in
/// transactions of 100 per partition, into a table as fresh as the app's. No rendering, no queues, no reads: an upper
/// bound for deliveries per second.
/// </summary>
public static class DeliveryWriteBaseline
{
    // As many concurrent transactions as the local host can have batches in flight (BatchSize 16 + NewBatchThreshold 16
    // on two cores), so the bound is not lower than the app's own concurrency.
    private const int Writers = 32;

    /// <summary>Writes the rows twice over (insert, then status merge) and returns how many deliveries that stands for.</summary>
    public static async Task<int> WriteAsync(TableClient table, string jobId, IReadOnlyList<string> recipientIds, CancellationToken cancellationToken)
    {
        var batches = recipientIds
            .Select(id => DeliveryKey.For(jobId, id))
            .GroupBy(key => key.Partition, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(TableLimits.MaxActionsPerTransaction))
            .ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Writers, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batches, options, async (keys, ct) =>
            await table.SubmitTransactionAsync(keys.Select(key => new TableTransactionAction(TableTransactionActionType.Add, Claimed(key))), ct));
        await Parallel.ForEachAsync(batches, options, async (keys, ct) =>
            await table.SubmitTransactionAsync(keys.Select(key => new TableTransactionAction(TableTransactionActionType.UpdateMerge, Delivered(key))), ct));
        return recipientIds.Count;
    }

    private static TableEntity Claimed(DeliveryKey key) => new(key.Partition, key.Row)
    {
        ["Status"] = nameof(DeliveryStatus.Sending),
        ["TemplateKey"] = "resident-window-opening",
        ["Owner"] = "baseline",
        ["LeaseUntil"] = DateTimeOffset.UnixEpoch,
        ["Attempts"] = 1,
        ["CreatedAt"] = DateTimeOffset.UnixEpoch,
        ["UpdatedAt"] = DateTimeOffset.UnixEpoch,
    };

    private static TableEntity Delivered(DeliveryKey key) => new(key.Partition, key.Row)
    {
        ["Status"] = nameof(DeliveryStatus.Delivered),
        ["Channel"] = "Sms",
        ["ProviderMessageId"] = key.Row,
        ["TemplateVersion"] = 1,
        ["UpdatedAt"] = DateTimeOffset.UnixEpoch,
    };
}
