using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Core.Pipeline;
using Notify.Storage.Authentication;
using Notify.Storage.Blobs;
using Notify.Storage.Http;
using Notify.Storage.Queues;
using Notify.Storage.Tables;

namespace Notify.Storage;

/// <summary>
/// A storage account: its three service endpoints and one HttpPipeline per service, shared by every
/// queue, table and container client created from it. Create one per process and keep it.
/// </summary>
public sealed class StorageAccount
{
    /// <summary>The Entra ID scope for Blob, Queue and Table data-plane access.</summary>
    public const string TokenScope = "https://storage.azure.com/.default";

    private readonly StoragePipeline _blob;
    private readonly StoragePipeline _queue;
    private readonly StoragePipeline _table;

    private StorageAccount(
        string accountName,
        Uri blobEndpoint,
        Uri queueEndpoint,
        Uri tableEndpoint,
        StorageClientOptions options,
        HttpPipelinePolicy blobQueueAuthentication,
        HttpPipelinePolicy tableAuthentication)
    {
        AccountName = accountName;
        _blob = CreatePipeline(blobEndpoint, options, options.BlobServiceVersion, blobQueueAuthentication);
        _queue = CreatePipeline(queueEndpoint, options, options.QueueServiceVersion, blobQueueAuthentication);
        _table = CreatePipeline(tableEndpoint, options, options.TableServiceVersion, tableAuthentication);
    }

    public string AccountName { get; }

    public Uri BlobEndpoint => _blob.Endpoint;

    public Uri QueueEndpoint => _queue.Endpoint;

    public Uri TableEndpoint => _table.Endpoint;

    /// <summary>
    /// Parses <c>UseDevelopmentStorage=true</c> (Azurite on 127.0.0.1:10000-10002) or
    /// <c>DefaultEndpointsProtocol/AccountName/AccountKey/EndpointSuffix</c> with optional explicit
    /// <c>BlobEndpoint/QueueEndpoint/TableEndpoint</c>, and signs requests with Shared Key.
    /// </summary>
    /// <exception cref="FormatException">The string is malformed; the message names the part, never the key.</exception>
    public static StorageAccount FromConnectionString(string connectionString, StorageClientOptions? options = null)
    {
        var parsed = StorageConnectionString.Parse(connectionString);
        var credential = new StorageSharedKeyCredential(parsed.AccountName, parsed.AccountKey);
        return new StorageAccount(
            parsed.AccountName,
            parsed.BlobEndpoint,
            parsed.QueueEndpoint,
            parsed.TableEndpoint,
            options ?? new StorageClientOptions(),
            new SharedKeyPolicy(credential),
            new SharedKeyLitePolicy(credential));
    }

    /// <summary>An Azure account (https://{name}.{blob|queue|table}.core.windows.net) reached with Entra ID bearer tokens.</summary>
    public static StorageAccount FromCredential(string accountName, TokenCredential credential, StorageClientOptions? options = null)
    {
        StorageNames.ValidateAccountName(accountName);
        return FromCredential(
            accountName,
            new Uri($"https://{accountName}.blob.core.windows.net"),
            new Uri($"https://{accountName}.queue.core.windows.net"),
            new Uri($"https://{accountName}.table.core.windows.net"),
            credential,
            options);
    }

    /// <summary>An account with explicit endpoints (sovereign clouds, private endpoints) reached with bearer tokens.</summary>
    public static StorageAccount FromCredential(
        string accountName,
        Uri blobEndpoint,
        Uri queueEndpoint,
        Uri tableEndpoint,
        TokenCredential credential,
        StorageClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        ArgumentNullException.ThrowIfNull(queueEndpoint);
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        var bearer = new BearerTokenAuthenticationPolicy(credential, TokenScope);
        return new StorageAccount(
            accountName, blobEndpoint, queueEndpoint, tableEndpoint, options ?? new StorageClientOptions(), bearer, bearer);
    }

    /// <param name="queueName">3-63 lowercase letters, digits and single hyphens.</param>
    /// <param name="encoding">How message text is put on the wire; Base64 is the Functions queue-trigger default.</param>
    public QueueClient GetQueueClient(string queueName, QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        StorageNames.ValidateQueueName(queueName);
        return new QueueClient(_queue, queueName, encoding);
    }

    public TableClient GetTableClient(string tableName)
    {
        StorageNames.ValidateTableName(tableName);
        return new TableClient(_table, tableName);
    }

    public BlobContainerClient GetBlobContainerClient(string containerName)
    {
        StorageNames.ValidateContainerName(containerName);
        return new BlobContainerClient(_blob, containerName);
    }

    /// <summary>Lists queue names (optionally by prefix), following <c>NextMarker</c> across pages.</summary>
    public IAsyncEnumerable<string> ListQueuesAsync(string? prefix = null, CancellationToken cancellationToken = default) =>
        ListXmlAsync(_queue, new StorageOperation("ListQueues", $"queue service of account '{AccountName}'"), "Queue", prefix, cancellationToken);

    /// <summary>Lists table names, following <c>x-ms-continuation-NextTableName</c> across pages.</summary>
    public IAsyncEnumerable<string> ListTablesAsync(CancellationToken cancellationToken = default) =>
        TableServiceRequests.ListTablesAsync(_table, AccountName, cancellationToken);

    /// <summary>Lists blob container names, following <c>NextMarker</c> across pages.</summary>
    public IAsyncEnumerable<string> ListBlobContainersAsync(CancellationToken cancellationToken = default) =>
        ListXmlAsync(_blob, new StorageOperation("ListBlobContainers", $"blob service of account '{AccountName}'"), "Container", null, cancellationToken);

    private static async IAsyncEnumerable<string> ListXmlAsync(
        StoragePipeline service,
        StorageOperation operation,
        string itemElement,
        string? prefix,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? marker = null;
        do
        {
            var page = await ReadXmlPageAsync(service, operation, itemElement, prefix, marker, cancellationToken);
            foreach (var name in page.Names)
            {
                yield return name;
            }

            marker = page.NextMarker;
        }
        while (marker is not null);
    }

    private static async Task<XmlEnumerationPage> ReadXmlPageAsync(
        StoragePipeline service,
        StorageOperation operation,
        string itemElement,
        string? prefix,
        string? marker,
        CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder().Add("comp", "list").AddIfNotNull("prefix", prefix).AddIfNotNull("marker", marker);
        using var message = service.CreateMessage(RequestMethod.Get, string.Empty, query.ToString());
        var response = await service.SendCheckedAsync(message, operation, cancellationToken);
        return XmlEnumerationPage.Read(response.Content, itemElement);
    }

    private static StoragePipeline CreatePipeline(
        Uri endpoint, StorageClientOptions options, string serviceVersion, HttpPipelinePolicy authentication)
    {
        var pipeline = HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [],
            perRetryPolicies: [new StorageHeadersPolicy(serviceVersion, options.TimeProvider), authentication],
            new ResponseClassifier());
        return new StoragePipeline(pipeline, endpoint);
    }
}
