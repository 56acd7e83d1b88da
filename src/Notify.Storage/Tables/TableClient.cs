using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Azure;
using Azure.Core;
using Notify.Storage.Http;

namespace Notify.Storage.Tables;

/// <summary>One table (PROTOCOLS §3): entity CRUD, paged queries and entity group transactions. Thread-safe.</summary>
public sealed class TableClient
{
    public const int MaxActionsPerTransaction = 100;
    public const int MaxPageSize = 1000;

    private const int MaxTransactionBytes = 4 * 1024 * 1024;
    private static readonly RequestMethod Merge = new("MERGE");

    private readonly StoragePipeline _service;
    private readonly string _path;
    private readonly string _resource;

    internal TableClient(StoragePipeline service, string name)
    {
        _service = service;
        Name = name;
        _path = StoragePath.EscapeSegment(name);
        _resource = $"table '{name}'";
        Uri = service.BuildUri(_path);
    }

    public string Name { get; }

    public Uri Uri { get; }

    /// <summary>Creates the table; an existing table is left as it is.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = Operation("CreateTable");
        using var message = _service.CreateMessage(RequestMethod.Post, "Tables");
        TableRequests.SetODataHeaders(message.Request, TableRequests.NoMetadata);
        message.Request.Headers.SetValue("Prefer", TableRequests.ReturnNoContent);
        TableRequests.SetJsonBody(message.Request, Encoding.UTF8.GetBytes($$"""{"TableName":"{{Name}}"}"""));
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.IsError && !(response.Status == 409 && StorageErrors.Read(response).Code == StorageErrorCodes.TableAlreadyExists))
        {
            throw StorageErrors.CreateException(response, operation);
        }
    }

    /// <summary>Deletes the table and its entities; a missing table is not an error.</summary>
    public async Task DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var operation = Operation("DeleteTable");
        using var message = _service.CreateMessage(RequestMethod.Delete, $"Tables('{_path}')");
        TableRequests.SetODataHeaders(message.Request, TableRequests.NoMetadata);
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.IsError && response.Status != 404)
        {
            throw StorageErrors.CreateException(response, operation);
        }
    }

    /// <summary>Inserts a new entity. An existing row fails with 409 <see cref="StorageErrorCodes.EntityAlreadyExists"/>.</summary>
    public async Task<ETag> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = _service.CreateMessage(RequestMethod.Post, _path);
        TableRequests.SetODataHeaders(message.Request);
        message.Request.Headers.SetValue("Prefer", TableRequests.ReturnNoContent);
        TableRequests.SetJsonBody(message.Request, TableEntityJsonWriter.Serialize(entity));
        return ETagOf(await _service.SendCheckedAsync(message, Operation("AddEntity"), cancellationToken));
    }

    /// <summary>Inserts or replaces/merges the entity regardless of what is stored (no ETag check).</summary>
    public async Task<ETag> UpsertEntityAsync(
        TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = CreateEntityWrite(entity, mode, ifMatch: null);
        return ETagOf(await _service.SendCheckedAsync(message, Operation("UpsertEntity"), cancellationToken));
    }

    /// <summary>
    /// Replaces or merges an existing entity if its ETag still matches <paramref name="ifMatch"/> (<see cref="ETag.All"/>
    /// for any). Fails with 412 <see cref="StorageErrorCodes.UpdateConditionNotSatisfied"/> or 404 <see cref="StorageErrorCodes.ResourceNotFound"/>.
    /// </summary>
    public async Task<ETag> UpdateEntityAsync(
        TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var message = CreateEntityWrite(entity, mode, ifMatch);
        return ETagOf(await _service.SendCheckedAsync(message, Operation("UpdateEntity"), cancellationToken));
    }

    /// <summary>Deletes an entity, checking <paramref name="ifMatch"/> (null = unconditional). A missing row fails with 404.</summary>
    public async Task DeleteEntityAsync(string partitionKey, string rowKey, ETag? ifMatch = null, CancellationToken cancellationToken = default)
    {
        using var message = _service.CreateMessage(RequestMethod.Delete, EntityPath(partitionKey, rowKey));
        TableRequests.SetODataHeaders(message.Request);
        message.Request.Headers.SetValue(StorageHeaders.IfMatch, (ifMatch ?? ETag.All).ToString("H"));
        await _service.SendCheckedAsync(message, Operation("DeleteEntity"), cancellationToken);
    }

    /// <summary>Reads one entity, or null when the row does not exist (a missing table still throws).</summary>
    public async Task<TableEntity?> GetEntityOrDefaultAsync(
        string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var operation = Operation("GetEntity");
        var query = new QueryStringBuilder().AddIfNotNull("$select", SelectList(select));
        using var message = _service.CreateMessage(RequestMethod.Get, EntityPath(partitionKey, rowKey), query.ToString());
        TableRequests.SetODataHeaders(message.Request);
        var response = await _service.SendAsync(message, operation, cancellationToken);
        if (response.Status == 404 && StorageErrors.Read(response).Code != StorageErrorCodes.TableNotFound)
        {
            return null;
        }

        if (response.IsError)
        {
            throw StorageErrors.CreateException(response, operation);
        }

        var entity = TableEntityJsonReader.ReadSingle(response.Content.ToMemory().Span, partitionKey, rowKey);
        entity.ETag ??= response.Headers.ETag;
        return entity;
    }

    /// <summary>
    /// Streams the entities matching <paramref name="filter"/> (see <see cref="TableFilter"/>), page by page, following
    /// continuation headers (a page may be empty and still continue). PartitionKey and RowKey are always selected.
    /// </summary>
    /// <param name="maxPerPage">The page size ($top), 1 to 1000; null lets the service choose (up to 1000).</param>
    public async IAsyncEnumerable<TableEntity> QueryAsync(
        string? filter = null,
        IEnumerable<string>? select = null,
        int? maxPerPage = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (maxPerPage is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPage), maxPerPage, $"A query page holds 1 to {MaxPageSize} entities.");
        }

        var selectList = SelectList(select);
        (string PartitionKey, string? RowKey)? continuation = null;
        do
        {
            var page = await ReadPageAsync(filter, selectList, maxPerPage, continuation, cancellationToken);
            foreach (var entity in page.Entities)
            {
                yield return entity;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    /// <summary>
    /// Applies up to 100 actions on one partition atomically ($batch, one change set). Returns the new ETag of each
    /// action in order (null for deletes).
    /// </summary>
    /// <exception cref="ArgumentException">No actions, more than 100, several partitions, or a row twice.</exception>
    /// <exception cref="TableTransactionFailedException">The service rejected the transaction; nothing was applied.</exception>
    public async Task<IReadOnlyList<ETag?>> SubmitTransactionAsync(
        IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ValidateTransaction(actions);
        var batch = TableBatchWriter.Write(Uri.AbsoluteUri, _path, actions);
        if (batch.Body.Length > MaxTransactionBytes)
        {
            throw new ArgumentException(
                $"The transaction payload is {batch.Body.Length} bytes; a table transaction is limited to {MaxTransactionBytes} bytes.",
                nameof(actions));
        }

        var operation = Operation("SubmitTransaction");
        using var message = _service.CreateMessage(RequestMethod.Post, "$batch");
        TableRequests.SetODataHeaders(message.Request);
        message.Request.Headers.SetValue(StorageHeaders.ContentType, batch.ContentType);
        message.Request.Content = RequestContent.Create(batch.Body);
        var response = await _service.SendAsync(message, operation, cancellationToken);
        var body = response.Content.ToString();
        if (response.IsError)
        {
            var (code, serviceMessage) = StorageErrors.Read(response);
            throw TransactionFailed(actions, response.Status, code, serviceMessage);
        }

        var parts = TableBatchResponse.Parse(body).Parts;
        if (parts.FirstOrDefault(p => p.Status >= 400) is { } failure)
        {
            var (code, serviceMessage) = StorageErrors.ReadODataError(Encoding.UTF8.GetBytes(failure.Content));
            throw TransactionFailed(actions, failure.Status, code, serviceMessage);
        }

        if (parts.Count != actions.Count)
        {
            throw new StorageRequestException(
                $"SubmitTransaction on {_resource} returned {parts.Count} responses for {actions.Count} actions.", response.Status, null);
        }

        return parts.Select(p => p.Headers.TryGetValue(StorageHeaders.ETag, out var etag) ? new ETag(etag) : (ETag?)null).ToList();
    }

    private static void ValidateTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxActionsPerTransaction)
        {
            throw new ArgumentException(
                $"A table transaction holds 1 to {MaxActionsPerTransaction} actions; got {actions.Count}.", nameof(actions));
        }

        var partitionKey = actions[0]?.Entity?.PartitionKey;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actions.Count; i++)
        {
            var entity = actions[i]?.Entity
                ?? throw new ArgumentException($"Action {i} is null or has no entity.", nameof(actions));
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"All actions of a table transaction must share one PartitionKey; action {i} differs from action 0.", nameof(actions));
            }

            if (!rowKeys.Add(entity.RowKey))
            {
                throw new ArgumentException(
                    $"A table transaction may touch each row once; action {i} repeats the RowKey of an earlier action.", nameof(actions));
            }
        }
    }

    private static string? SelectList(IEnumerable<string>? select)
    {
        if (select is null)
        {
            return null;
        }

        var names = new List<string> { "PartitionKey", "RowKey" };
        foreach (var name in select)
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return string.Join(',', names);
    }

    private static ETag ETagOf(Response response) => response.Headers.ETag ?? default;

    private static int? FailedIndex(string? serviceMessage)
    {
        // The service prefixes the message with the 0-based index of the failing action: "3:The specified …".
        if (string.IsNullOrEmpty(serviceMessage))
        {
            return null;
        }

        var colon = serviceMessage.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && int.TryParse(serviceMessage.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }

    private TableTransactionFailedException TransactionFailed(
        IReadOnlyList<TableTransactionAction> actions, int status, string? code, string? serviceMessage)
    {
        var index = FailedIndex(serviceMessage);
        var where = index is { } i && i < actions.Count ? $" at action {i} ({actions[i].Type})" : string.Empty;
        var text = StorageErrors.Describe(new StorageOperation("SubmitTransaction" + where, _resource), status, code, serviceMessage);
        return new TableTransactionFailedException(text, status, code, index);
    }

    private async Task<(List<TableEntity> Entities, (string PartitionKey, string? RowKey)? Continuation)> ReadPageAsync(
        string? filter,
        string? select,
        int? top,
        (string PartitionKey, string? RowKey)? continuation,
        CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder()
            .AddIfNotNull("$filter", filter)
            .AddIfNotNull("$select", select)
            .AddIfNotNull("$top", top?.ToString(CultureInfo.InvariantCulture))
            .AddIfNotNull("NextPartitionKey", continuation?.PartitionKey)
            .AddIfNotNull("NextRowKey", continuation?.RowKey);
        using var message = _service.CreateMessage(RequestMethod.Get, _path + "()", query.ToString());
        TableRequests.SetODataHeaders(message.Request);
        var response = await _service.SendCheckedAsync(message, Operation("QueryEntities"), cancellationToken);
        var entities = TableEntityJsonReader.ReadPage(response.Content.ToMemory().Span);
        response.Headers.TryGetValue(TableRequests.NextPartitionKeyHeader, out var nextPartitionKey);
        response.Headers.TryGetValue(TableRequests.NextRowKeyHeader, out var nextRowKey);
        return (entities, string.IsNullOrEmpty(nextPartitionKey) ? null : (nextPartitionKey, nextRowKey));
    }

    private HttpMessage CreateEntityWrite(TableEntity entity, TableUpdateMode mode, ETag? ifMatch)
    {
        var method = mode switch
        {
            TableUpdateMode.Replace => RequestMethod.Put,
            TableUpdateMode.Merge => Merge,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown table update mode."),
        };
        var message = _service.CreateMessage(method, EntityPath(entity.PartitionKey, entity.RowKey));
        TableRequests.SetODataHeaders(message.Request);
        if (ifMatch is { } etag)
        {
            message.Request.Headers.SetValue(StorageHeaders.IfMatch, etag.ToString("H"));
        }

        TableRequests.SetJsonBody(message.Request, TableEntityJsonWriter.Serialize(entity));
        return message;
    }

    private string EntityPath(string partitionKey, string rowKey)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        return TableKeys.EntityPath(_path, partitionKey, rowKey);
    }

    private StorageOperation Operation(string name) => new(name, _resource);
}
