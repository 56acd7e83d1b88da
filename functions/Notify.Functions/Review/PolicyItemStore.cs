using System.Text.Json;
using Azure;
using Notify.Core.Extraction;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

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

    /// <summary>The items of every other policy for <paramref name="audience"/> that were not rejected: what a new item may duplicate.</summary>
    public async Task<IReadOnlyList<PolicyItem>> ListOtherItemsAsync(string policyId, ItemAudience audience, CancellationToken cancellationToken)
    {
        var items = new List<PolicyItem>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey ne {policyId} and Audience eq {audience.ToString()} and ReviewState ne {ReviewState.Rejected}");
        await foreach (var entity in _items.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(PolicyItemEntities.ToItem(entity));
        }

        return items;
    }

    /// <summary>Adds <paramref name="reference"/> to an item's flagged items (ETag-guarded, read again on a race); false when the item is gone.</summary>
    public async Task<bool> AddSameAsAsync(string policyId, string itemId, string reference, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entity = await FindItemEntityAsync(policyId, itemId, cancellationToken);
            if (entity is null)
            {
                return false;
            }

            var decisions = PolicyItemEntities.ToItem(entity).Decisions;
            if (decisions.SameAs?.Contains(reference, StringComparer.Ordinal) == true)
            {
                return true;
            }

            PolicyItemEntities.Write(entity, decisions with { SameAs = [.. decisions.SameAs ?? [], reference] });
            try
            {
                await ReplaceItemAsync(entity, cancellationToken);
                return true;
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                // Edited meanwhile: read it again.
            }
        }
    }

    /// <summary>The item a "policyId/itemId" reference names, or null when there is none.</summary>
    public async Task<PolicyItem?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parts = reference.Split('/');
        return parts.Length == 2 && parts.All(part => part.Length > 0) && await FindItemEntityAsync(parts[0], parts[1], cancellationToken) is { } entity
            ? PolicyItemEntities.ToItem(entity)
            : null;
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
            ["Cleared"] = entry.Cleared is { Count: > 0 } cleared ? JsonSerializer.Serialize(cleared, ExtractionJson.Options) : null,
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
                entity.GetString("Note"),
                entity.GetString("Cleared") is { } cleared ? JsonSerializer.Deserialize<string[]>(cleared, ExtractionJson.Options) : null));
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
