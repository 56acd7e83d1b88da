using Azure;
using Notify.Core.Extraction;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.Review;

/// <summary>
/// A policy's documents and items (PolicyDocuments, PolicyItems; partition = policy id, so one
/// policy's rows are written in batches of 100) and the audit trail of item reviews.
/// </summary>
public sealed class PolicyItemStore(StorageClients storage)
{
    private readonly TableClient _documents = storage.GetTableClient(Tables.PolicyDocuments);
    private readonly TableClient _items = storage.GetTableClient(Tables.PolicyItems);
    private readonly TableClient _history = storage.GetTableClient(Tables.PolicyItemHistory);

    /// <summary>
    /// Writes everything a parse found, as proposed items with their suggested decisions (one per item, or none).
    /// Re-running it writes the same rows again.
    /// </summary>
    public async Task SaveExtractionAsync(string policyId, ExtractionResult result, IReadOnlyList<ItemDecisions>? decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        await WriteAsync(_documents, result.Documents.Select((document, index) => PolicyItemEntities.FromDocument(policyId, index, document)), cancellationToken);
        await WriteAsync(_items, result.Items.Select((item, index) =>
            PolicyItemEntities.FromItem(policyId, PolicyItemEntities.ItemRow(index), item, ReviewState.Proposed, decisions?[index])), cancellationToken);
    }

    public async Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(string policyId, CancellationToken cancellationToken)
    {
        var documents = new List<StoredDocument>();
        await foreach (var entity in _documents.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {policyId}"), cancellationToken: cancellationToken))
        {
            documents.Add(PolicyItemEntities.ToDocument(entity));
        }

        return documents;
    }

    public async Task<IReadOnlyList<PolicyItem>> ListItemsAsync(string policyId, CancellationToken cancellationToken)
    {
        var items = new List<PolicyItem>();
        await foreach (var entity in _items.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {policyId}"), cancellationToken: cancellationToken))
        {
            items.Add(PolicyItemEntities.ToItem(entity));
        }

        return items;
    }

    public async Task<TableEntity?> FindItemEntityAsync(string policyId, string itemId, CancellationToken cancellationToken) =>
        await _items.GetEntityOrDefaultAsync(policyId, itemId, cancellationToken: cancellationToken);

    /// <summary>Replaces an item row if it still has the ETag it was read with; 412 surfaces as <see cref="RequestFailedException"/>.</summary>
    public async Task<ETag> ReplaceItemAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        if (entity.ETag == default)
        {
            throw new InvalidOperationException("The item row was not read from storage.");
        }

        var response = await _items.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        return response.Headers.ETag ?? ETag.All;
    }

    /// <summary>Records what approval scheduled on the item row (a merge without ETag: it does not change what was reviewed).</summary>
    public Task SetScheduleAsync(string policyId, string itemId, string schedule, CancellationToken cancellationToken) =>
        _items.UpdateEntityAsync(new TableEntity(policyId, itemId) { ["Schedule"] = schedule }, ETag.All, TableUpdateMode.Merge, cancellationToken);

    public Task AddHistoryAsync(string policyId, string itemId, ItemHistoryEntry entry, CancellationToken cancellationToken) =>
        _history.AddEntityAsync(new TableEntity(policyId, $"{itemId}|{entry.At.UtcTicks:D19}|{Guid.NewGuid():N}")
        {
            ["ItemId"] = itemId,
            ["Action"] = entry.Action,
            ["Actor"] = entry.Actor,
            ["At"] = entry.At,
            ["Changes"] = entry.Changes,
            ["Note"] = entry.Note,
        }, cancellationToken);

    public async Task<IReadOnlyList<ItemHistoryEntry>> ListHistoryAsync(string policyId, string itemId, CancellationToken cancellationToken)
    {
        var entries = new List<ItemHistoryEntry>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {policyId} and RowKey gt {itemId + "|"} and RowKey lt {itemId + "}"}");
        await foreach (var entity in _history.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(new ItemHistoryEntry(
                entity.GetString("Action") ?? "",
                entity.GetString("Actor") ?? "",
                entity.GetDateTimeOffset("At") ?? default,
                entity.GetString("Changes"),
                entity.GetString("Note")));
        }

        return entries;
    }

    private static async Task WriteAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        foreach (var chunk in entities.Chunk(TableLimits.MaxActionsPerTransaction))
        {
            await table.SubmitTransactionAsync(
                [.. chunk.Select(entity => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity))], cancellationToken);
        }
    }
}
