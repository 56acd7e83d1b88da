using Azure.Storage.Queues;
using Notify.Functions.Storage;

namespace Notify.Benchmarks.Storage;

/// <summary>Runs the storage measurements against fresh, uniquely named resources and removes them afterwards.</summary>
public static class StorageBenchmark
{
    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var clients = StorageClients.FromConnectionString(options.ConnectionString, QueueMessageEncoding.Base64);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var queue = clients.GetQueueClient($"bench-{suffix}");
        var table = clients.GetTableClient($"Bench{suffix}");
        var concurrency = options.Concurrency;
        log.WriteLine($"storage benchmark: queue {clients.QueueEndpoint}, table {clients.TableEndpoint}");
        log.WriteLine($"messages {options.Messages}, entities {options.Entities}, concurrency {concurrency}");
        log.WriteLine("note: Azurite's queue operations slow down as a queue deepens, so compare queue figures at equal --messages.");

        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await table.CreateIfNotExistsAsync(cancellationToken);
        try
        {
            var queues = new QueueThroughput(queue, concurrency);
            var tables = new TableThroughput(table, concurrency);
            await WarmUpAsync(queues, cancellationToken);

            return
            [
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
            ];
        }
        finally
        {
            await queue.DeleteIfExistsAsync(CancellationToken.None);
            await table.DeleteAsync(CancellationToken.None);
        }
    }

    private static async Task WarmUpAsync(QueueThroughput queues, CancellationToken cancellationToken)
    {
        // JIT, connection pool and Azurite's first-request costs stay out of the measurements.
        await queues.SendConcurrentAsync(64, cancellationToken);
        await queues.ReceiveAndDeleteAsync(64, cancellationToken);
    }
}
