using Azure.Data.Tables;
using Notify.Functions.Storage;

namespace Notify.Benchmarks.Storage;

/// <summary>Table insert throughput: one entity per request versus entity group transactions of 100.</summary>
public sealed class TableThroughput(TableClient table, int concurrency)
{
    /// <summary>The most actions one entity group transaction may hold.</summary>
    public const int BatchSize = TableLimits.MaxActionsPerTransaction;

    public async Task<int> InsertSingleAsync(int count, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            options,
            async (i, ct) => await table.AddEntityAsync(Delivery($"single-{i % concurrency}", i), ct));
        return count;
    }

    /// <summary>Batches of 100 spread over <c>concurrency</c> partitions, sent concurrently.</summary>
    public async Task<int> InsertBatchedAsync(int count, CancellationToken cancellationToken)
    {
        var batches = Enumerable.Range(0, count)
            .Chunk(BatchSize)
            .Select((rows, b) => rows
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, Delivery($"batch-{b % concurrency}", i)))
                .ToList());
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batches, options, async (actions, ct) => await table.SubmitTransactionAsync(actions, ct));
        return count;
    }

    private static TableEntity Delivery(string partitionKey, int i) => new(partitionKey, $"delivery-{i:D8}")
    {
        ["NoticeId"] = $"n-{i / 100:D6}",
        ["Recipient"] = $"r-{i:D8}",
        ["Channel"] = "sms",
        ["Status"] = "created",
        ["Attempts"] = 0,
        ["CreatedAt"] = new DateTimeOffset(2027, 2, 25, 0, 0, 0, TimeSpan.Zero).AddSeconds(i),
        ["Text"] = "【包头市医保局】您的2027年度医保缴费截止2月25日。",
    };
}
