using Notify.Storage;

namespace Notify.Benchmarks.Storage;

/// <summary>Runs the storage measurements against fresh, uniquely named resources and removes them afterwards.</summary>
public static class StorageBenchmark
{
    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var account = StorageAccount.FromConnectionString(options.ConnectionString);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var queue = account.GetQueueClient($"bench-{suffix}");
        var table = account.GetTableClient($"Bench{suffix}");
        var concurrency = options.Concurrency;
        log.WriteLine($"storage benchmark: queue {account.QueueEndpoint}, table {account.TableEndpoint}");
        log.WriteLine($"messages {options.Messages}, entities {options.Entities}, concurrency {concurrency}");
        log.WriteLine("note: Azurite's queue operations slow down as a queue deepens, so compare queue figures at equal --messages.");

        await queue.CreateIfNotExistsAsync(cancellationToken);
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            var queues = new QueueThroughput(queue, concurrency);
            var tables = new TableThroughput(table, concurrency);
            await WarmUpAsync(queues, cancellationToken);

            var results = new List<Measurement>
            {
                await Measurement.TimeAsync("queue put, sequential", () => queues.SendSequentialAsync(options.Messages, cancellationToken)),
                await Measurement.TimeAsync($"queue put, {concurrency} senders", () => queues.SendConcurrentAsync(options.Messages, cancellationToken)),

                // Drains what both put phases enqueued.
                await Measurement.TimeAsync(
                    $"queue get+delete, 32/receive, {concurrency} consumers",
                    () => queues.ReceiveAndDeleteAsync(2 * options.Messages, cancellationToken)),
                await Measurement.TimeAsync(
                    $"table insert, single, {concurrency} writers",
                    () => tables.InsertSingleAsync(options.Entities, cancellationToken)),
                await Measurement.TimeAsync(
                    $"table insert, batches of 100, {concurrency} writers",
                    () => tables.InsertBatchedAsync(options.Entities, cancellationToken)),
            };
            return results;
        }
        finally
        {
            await queue.DeleteIfExistsAsync(CancellationToken.None);
            await table.DeleteIfExistsAsync(CancellationToken.None);
        }
    }

    private static async Task WarmUpAsync(QueueThroughput queues, CancellationToken cancellationToken)
    {
        // JIT, connection pool and Azurite's first-request costs stay out of the measurements.
        await queues.SendConcurrentAsync(64, cancellationToken);
        await queues.ReceiveAndDeleteAsync(64, cancellationToken);
    }
}
