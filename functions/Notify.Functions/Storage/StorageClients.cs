using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Notify.Functions.Storage;

/// <summary>
/// The Azure SDK's table, queue and blob service clients for one storage account, built once per process and shared
/// by every store. Queue clients put message text on the wire as <see cref="QueueMessageEncoding"/> says (Base64 is what
/// the Functions queue trigger expects), and move a received message they cannot decode to "&lt;queue&gt;-poison".
/// </summary>
public sealed class StorageClients
{
    private StorageClients(TableServiceClient tableService, QueueServiceClient queueService, BlobServiceClient blobService)
    {
        TableService = tableService;
        QueueService = queueService;
        BlobService = blobService;
    }

    public TableServiceClient TableService { get; }

    public QueueServiceClient QueueService { get; }

    public BlobServiceClient BlobService { get; }

    public string AccountName => TableService.AccountName;

    public Uri BlobEndpoint => BlobService.Uri;

    public Uri QueueEndpoint => QueueService.Uri;

    public Uri TableEndpoint => TableService.Uri;

    /// <summary>
    /// <c>UseDevelopmentStorage=true</c> (Azurite on 127.0.0.1:10000-10002) or an account-key connection string,
    /// optionally with explicit <c>BlobEndpoint/QueueEndpoint/TableEndpoint</c>.
    /// </summary>
    public static StorageClients FromConnectionString(string connectionString, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new StorageClients(
            new TableServiceClient(connectionString, StorageClientOptions.Tables()),
            new QueueServiceClient(connectionString, StorageClientOptions.Queues(encoding)),
            new BlobServiceClient(connectionString, StorageClientOptions.Blobs()));
    }

    /// <summary>An Azure account (https://{name}.{blob|queue|table}.core.windows.net) reached with Entra ID tokens.</summary>
    public static StorageClients FromCredential(string accountName, TokenCredential credential, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageClients(
            new TableServiceClient(Endpoint(accountName, "table"), credential, StorageClientOptions.Tables()),
            new QueueServiceClient(Endpoint(accountName, "queue"), credential, StorageClientOptions.Queues(encoding)),
            new BlobServiceClient(Endpoint(accountName, "blob"), credential, StorageClientOptions.Blobs()));
    }

    public TableClient GetTableClient(string tableName) => TableService.GetTableClient(tableName);

    public QueueClient GetQueueClient(string queueName) => QueueService.GetQueueClient(queueName);

    public BlobContainerClient GetBlobContainerClient(string containerName) => BlobService.GetBlobContainerClient(containerName);

    private static Uri Endpoint(string accountName, string service) => new($"https://{accountName}.{service}.core.windows.net");
}
