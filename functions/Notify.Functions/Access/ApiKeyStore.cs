using System.Collections.Concurrent;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure;

namespace Notify.Functions.Access;

/// <summary>
/// API keys in the ApiKeys table (partition = key id). Lookups are cached for a minute, so a
/// revocation takes effect everywhere within a minute.
/// </summary>
public sealed class ApiKeyStore(StorageClients storage, TimeProvider clock)
{
    private const string Row = "key";
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    private readonly TableClient _table = storage.GetTableClient(Tables.ApiKeys);
    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Record, DateTimeOffset Until)> _cache = new();

    /// <summary>Creates a key and returns it with its record; the key itself is shown once and never stored.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string name, IReadOnlyList<ApiRole> roles, CancellationToken cancellationToken)
    {
        var (id, secret, key) = ApiKeyFormat.Generate();
        var record = new ApiKeyRecord(id, name, roles, ApiKeyFormat.Hash(secret), clock.GetUtcNow(), RevokedAt: null);
        await _table.AddEntityAsync(new TableEntity(id, Row)
        {
            ["Name"] = record.Name,
            ["Roles"] = string.Join(",", roles.Select(ApiRoles.Name)),
            ["SecretSha256"] = record.SecretSha256,
            ["CreatedAt"] = record.CreatedAt,
        }, cancellationToken);
        return (record, key);
    }

    /// <summary>The key's record when the key is well-formed, known, not revoked and its secret matches; otherwise null.</summary>
    public async Task<ApiKeyRecord?> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (!ApiKeyFormat.TryParse(key, out var id, out var secret))
        {
            return null;
        }

        var record = await FindAsync(id, cancellationToken);
        return record is { RevokedAt: null } && ApiKeyFormat.Matches(secret, record.SecretSha256) ? record : null;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var records = new List<ApiKeyRecord>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            records.Add(FromEntity(entity));
        }

        return records;
    }

    /// <summary>Revokes a key; false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await _table.GetEntityOrDefaultAsync(id, Row, cancellationToken: cancellationToken);
        if (entity is null)
        {
            return false;
        }

        entity["RevokedAt"] = clock.GetUtcNow();
        await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        _cache.TryRemove(id, out _);
        return true;
    }

    private async Task<ApiKeyRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(id, out var cached) && cached.Until > now)
        {
            return cached.Record;
        }

        var entity = await _table.GetEntityOrDefaultAsync(id, Row, cancellationToken: cancellationToken);
        var record = entity is null ? null : FromEntity(entity);
        _cache[id] = (record, now + CacheLifetime);
        return record;
    }

    private static ApiKeyRecord FromEntity(TableEntity entity) => new(
        entity.PartitionKey,
        entity.GetString("Name") ?? "",
        ApiRoles.Parse(entity.GetString("Roles") ?? ""),
        entity.GetString("SecretSha256") ?? "",
        entity.GetDateTimeOffset("CreatedAt") ?? default,
        entity.GetDateTimeOffset("RevokedAt"));
}
