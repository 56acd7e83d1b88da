
namespace Notify.Functions.Storage;

/// <summary>Creates the queues, tables and containers Notify uses, if they are missing. Idempotent.</summary>
public sealed class StorageProvisioner(StorageClients storage)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Task.WhenAll(Queues.All.Select(name => storage.GetQueueClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken))),
            Task.WhenAll(Tables.All.Select(name => storage.GetTableClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken))),
            Task.WhenAll(BlobContainers.All.Select(name => storage.GetBlobContainerClient(name).CreateIfNotExistsAsync(cancellationToken: cancellationToken))));
    }
}
