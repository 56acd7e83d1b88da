using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Storage;

namespace Notify.Functions.Tests.Support;

/// <summary>
/// Every table row (by key and timestamp) and every blob (by name and ETag) in the account at one moment, so a test can
/// say that a request changed nothing stored. Tables and containers are listed from the account, not from the code's
/// name lists, so a new table is covered without being named here.
/// </summary>
public sealed class StorageSnapshot
{
    private static readonly string[] KeysOnly = ["PartitionKey", "RowKey", "Timestamp"];

    private readonly SortedSet<string> _entries;

    private StorageSnapshot(SortedSet<string> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static async Task<StorageSnapshot> TakeAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var storage = services.GetRequiredService<StorageClients>();
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var table in storage.TableService.QueryAsync())
        {
            await foreach (var entity in storage.GetTableClient(table.Name).QueryAsync<TableEntity>(select: KeysOnly))
            {
                entries.Add($"table {table.Name} {entity.PartitionKey}/{entity.RowKey} {entity.Timestamp:O}");
            }
        }

        await foreach (var container in storage.BlobService.GetBlobContainersAsync())
        {
            await foreach (var blob in storage.GetBlobContainerClient(container.Name).GetBlobsAsync())
            {
                entries.Add($"blob {container.Name}/{blob.Name} {blob.Properties.ETag}");
            }
        }

        return new StorageSnapshot(entries);
    }

    /// <summary>What differs from <paramref name="before"/>: rows and blobs added, changed or removed ("+"/"-" lines).</summary>
    public IReadOnlyList<string> ChangesSince(StorageSnapshot before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return [.. _entries.Except(before._entries).Select(entry => "+ " + entry), .. before._entries.Except(_entries).Select(entry => "- " + entry)];
    }
}
