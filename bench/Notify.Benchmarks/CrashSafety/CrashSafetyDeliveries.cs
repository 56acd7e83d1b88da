using Notify.Functions.Deliver;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Benchmarks.CrashSafety;

/// <summary>Reads a job's delivery rows (all shards) straight from the Deliveries table.</summary>
public static class CrashSafetyDeliveries
{
    /// <summary>Status of every delivery row of <paramref name="jobId"/>, by recipient id.</summary>
    public static async Task<Dictionary<string, string>> StatusesAsync(StorageClients storage, string jobId, CancellationToken cancellationToken)
    {
        var table = storage.GetTableClient(Tables.Deliveries);
        var shards = await Task.WhenAll(Enumerable.Range(0, DeliveryKey.Shards).Select(async shard =>
        {
            var rows = new List<(string Recipient, string Status)>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DeliveryKey.PartitionOf(jobId, shard)}");
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "Status"], cancellationToken: cancellationToken))
            {
                rows.Add((row.RowKey, row.GetString("Status") ?? ""));
            }

            return rows;
        }));
        return shards.SelectMany(rows => rows).ToDictionary(row => row.Recipient, row => row.Status, StringComparer.Ordinal);
    }
}
