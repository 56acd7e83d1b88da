using System.Text.RegularExpressions;
using Azure;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Ingest;

/// <summary>Reads and writes policy rows: partition = policy id, row "policy" (later rows of the same policy share the partition).</summary>
public sealed partial class PolicyStore(StorageClients storage, TimeProvider clock)
{
    private const string PolicyRow = "policy";

    private readonly TableClient _table = storage.GetTableClient(Tables.Policies);

    public Task AddAsync(PolicyRecord policy, CancellationToken cancellationToken) =>
        _table.AddEntityAsync(ToEntity(policy), cancellationToken);

    public async Task<PolicyRecord?> FindAsync(string policyId, CancellationToken cancellationToken)
    {
        var entity = await _table.GetEntityOrDefaultAsync(policyId, PolicyRow, cancellationToken: cancellationToken);
        return entity is null ? null : FromEntity(entity);
    }

    /// <summary>The policy a route names; null, without asking storage, when the id is not shaped like a policy id.</summary>
    public Task<PolicyRecord?> FindByRouteIdAsync(string id, CancellationToken cancellationToken) =>
        PolicyId().IsMatch(id) ? FindAsync(id, cancellationToken) : Task.FromResult<PolicyRecord?>(null);

    /// <summary>Every policy, newest first (ids are time-ordered).</summary>
    public async Task<IReadOnlyList<PolicyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var policies = new List<PolicyRecord>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {PolicyRow}"), cancellationToken: cancellationToken))
        {
            policies.Add(FromEntity(entity));
        }

        return [.. policies.OrderByDescending(policy => policy.Id, StringComparer.Ordinal)];
    }

    public Task DeleteAsync(string policyId, CancellationToken cancellationToken) =>
        _table.DeleteEntityAsync(policyId, PolicyRow, cancellationToken: cancellationToken);

    /// <summary>
    /// Records the parse outcome on a policy that is still "received". Returns false when it was
    /// already recorded (a redelivered message); concurrent writers are resolved by ETag.
    /// </summary>
    public async Task<bool> CompleteParseAsync(string policyId, PolicyParseOutcome outcome, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entity = await _table.GetEntityOrDefaultAsync(policyId, PolicyRow, cancellationToken: cancellationToken)
                ?? throw new PolicyNotFoundException(policyId);
            if (entity.GetString(nameof(PolicyRecord.Status)) != PolicyStatus.Received)
            {
                return false;
            }

            entity[nameof(PolicyRecord.Status)] = outcome.Status;
            entity[nameof(PolicyRecord.StatusChangedAt)] = clock.GetUtcNow();
            entity[nameof(PolicyRecord.Encoding)] = outcome.Encoding;
            entity[nameof(PolicyRecord.DocumentCount)] = outcome.DocumentCount;
            entity[nameof(PolicyRecord.ItemCount)] = outcome.ItemCount;
            entity[nameof(PolicyRecord.NeedsReviewCount)] = outcome.NeedsReviewCount;
            entity[nameof(PolicyRecord.ParseNote)] = outcome.Note;
            try
            {
                await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                // Someone else changed the row between our read and write: read it again.
            }
        }
    }

    private static TableEntity ToEntity(PolicyRecord policy)
    {
        var entity = new TableEntity(policy.Id, PolicyRow)
        {
            [nameof(PolicyRecord.ContentType)] = policy.ContentType,
            [nameof(PolicyRecord.SizeBytes)] = policy.SizeBytes,
            [nameof(PolicyRecord.Sha256)] = policy.Sha256,
            [nameof(PolicyRecord.SourceBlob)] = policy.SourceBlob,
            [nameof(PolicyRecord.Status)] = policy.Status,
            [nameof(PolicyRecord.ReceivedAt)] = policy.ReceivedAt,
            [nameof(PolicyRecord.StatusChangedAt)] = policy.StatusChangedAt,
        };
        SetIfPresent(entity, nameof(PolicyRecord.Title), policy.Title);
        SetIfPresent(entity, nameof(PolicyRecord.Issuer), policy.Issuer);
        SetIfPresent(entity, nameof(PolicyRecord.FileName), policy.FileName);
        SetIfPresent(entity, nameof(PolicyRecord.Format), policy.Format);
        SetIfPresent(entity, nameof(PolicyRecord.Encoding), policy.Encoding);
        return entity;
    }

    private static void SetIfPresent(TableEntity entity, string name, string? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    private static PolicyRecord FromEntity(TableEntity entity) => new()
    {
        Id = entity.PartitionKey,
        Title = entity.GetString(nameof(PolicyRecord.Title)),
        Issuer = entity.GetString(nameof(PolicyRecord.Issuer)),
        FileName = entity.GetString(nameof(PolicyRecord.FileName)),
        ContentType = entity.GetString(nameof(PolicyRecord.ContentType)) ?? "text/plain",
        SizeBytes = entity.GetInt64(nameof(PolicyRecord.SizeBytes)) ?? 0,
        Sha256 = entity.GetString(nameof(PolicyRecord.Sha256)) ?? "",
        SourceBlob = entity.GetString(nameof(PolicyRecord.SourceBlob)) ?? "",
        Status = entity.GetString(nameof(PolicyRecord.Status)) ?? "",
        ReceivedAt = entity.GetDateTimeOffset(nameof(PolicyRecord.ReceivedAt)) ?? default,
        StatusChangedAt = entity.GetDateTimeOffset(nameof(PolicyRecord.StatusChangedAt)) ?? default,
        Encoding = entity.GetString(nameof(PolicyRecord.Encoding)),
        DocumentCount = entity.GetInt32(nameof(PolicyRecord.DocumentCount)) ?? 0,
        ItemCount = entity.GetInt32(nameof(PolicyRecord.ItemCount)) ?? 0,
        NeedsReviewCount = entity.GetInt32(nameof(PolicyRecord.NeedsReviewCount)) ?? 0,
        ParseNote = entity.GetString(nameof(PolicyRecord.ParseNote)),
        Format = entity.GetString(nameof(PolicyRecord.Format)),
    };

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex PolicyId();
}
