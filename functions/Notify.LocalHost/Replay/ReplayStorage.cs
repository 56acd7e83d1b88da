using System.Net;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues.Models;

namespace Notify.LocalHost.Replay;

/// <summary>What a replay reads and resets in storage beyond what the functions themselves do.</summary>
public sealed class ReplayStorage(StorageClients storage)
{
    private const string EmulatorAccountName = "devstoreaccount1";

    /// <summary>True for the local emulator (Azurite's well-known account on a loopback address), never for a real account.</summary>
    public bool IsLocalEmulator =>
        storage.AccountName == EmulatorAccountName
        && new[] { storage.BlobEndpoint, storage.QueueEndpoint, storage.TableEndpoint }.All(IsLoopback);

    /// <summary>Deletes every row of Notify's tables and every message of its queues and their poison queues.</summary>
    /// <exception cref="InvalidOperationException">The account is not the local emulator.</exception>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        if (!IsLocalEmulator)
        {
            throw new InvalidOperationException(
                $"--fresh clears every Notify table and queue, so it only runs against the local emulator; storage account '{storage.AccountName}' at {storage.TableEndpoint} is not.");
        }

        foreach (var name in Tables.All)
        {
            await storage.GetTableClient(name).DeleteAsync(cancellationToken);
        }

        foreach (var name in Queues.All.SelectMany(queue => new[] { queue, queue + "-poison" }))
        {
            await storage.GetQueueClient(name).DeleteIfExistsAsync(cancellationToken);
        }
    }

    /// <summary>How many still-scheduled occurrences a sweep at <paramref name="nowUtc"/> would find due (the sweep's own window).</summary>
    public async Task<int> CountDueScheduledAsync(DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {OccurrenceKeys.Bucket(nowUtc.AddHours(-OccurrenceStore.LookbackHours))} and PartitionKey le {OccurrenceKeys.Bucket(nowUtc)} and DueUtc le {nowUtc.ToUniversalTime()} and State eq {OccurrenceStates.Scheduled}");
        var count = 0;
        await foreach (var _ in storage.GetTableClient(Tables.Occurrences).QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "State"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>The approximate number of messages (visible or not) on <paramref name="queueName"/>; 0 when it does not exist.</summary>
    public async Task<int> QueueDepthAsync(string queueName, CancellationToken cancellationToken)
    {
        try
        {
            return await storage.GetQueueClient(queueName).GetApproximateMessageCountAsync(cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(QueueErrorCode.QueueNotFound) or nameof(QueueErrorCode.ResourceNotFound))
        {
            return 0;
        }
    }

    private static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host, out var address) && IPAddress.IsLoopback(address));
}
