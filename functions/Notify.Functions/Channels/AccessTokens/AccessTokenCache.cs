using System.Collections.Concurrent;
using Azure;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Channels.AccessTokens;

/// <summary>
/// Access tokens shared by every instance through the AccessTokens table (partition = provider and
/// app, one row), with an in-memory copy in front. A token with five minutes or less left is replaced;
/// writes are ETag-guarded so two instances refreshing at once keep one token. Token values are never logged.
/// </summary>
public sealed class AccessTokenCache(StorageClients storage, TimeProvider clock, ILogger<AccessTokenCache> logger)
{
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private const string Row = "token";
    private const string TokenProperty = "Token";
    private const string ExpiresAtProperty = "ExpiresAt";

    private readonly TableClient _table = storage.GetTableClient(Tables.AccessTokens);
    private readonly ConcurrentDictionary<string, CachedAccessToken> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>A token with more than <see cref="RefreshMargin"/> left, fetched only when neither memory nor the table has one.</summary>
    public async Task<string> GetAsync(IAccessTokenIssuer issuer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return _memory.TryGetValue(issuer.CacheKey, out var cached) && IsUsable(cached, rejected: null)
            ? cached.Value
            : (await LoadOrIssueAsync(issuer, rejected: null, cancellationToken)).Value;
    }

    /// <summary>
    /// The provider rejected <paramref name="rejectedToken"/> (expired or replaced early): returns another
    /// token, fetching one unless another caller or instance already stored a different one.
    /// </summary>
    public async Task<string> RefreshAsync(IAccessTokenIssuer issuer, string rejectedToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return (await LoadOrIssueAsync(issuer, rejectedToken, cancellationToken)).Value;
    }

    private async Task<CachedAccessToken> LoadOrIssueAsync(IAccessTokenIssuer issuer, string? rejected, CancellationToken cancellationToken)
    {
        var key = issuer.CacheKey;
        var gate = _gates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_memory.TryGetValue(key, out var cached) && IsUsable(cached, rejected))
            {
                return cached;
            }

            var entity = await _table.GetEntityOrDefaultAsync(key, Row, cancellationToken: cancellationToken);
            if (entity is not null && FromEntity(entity) is { } stored && IsUsable(stored, rejected))
            {
                _memory[key] = stored;
                return stored;
            }

            var issued = await issuer.IssueAsync(cancellationToken);
            var fresh = new CachedAccessToken(issued.Value, clock.GetUtcNow() + issued.ExpiresIn);
            var kept = await StoreAsync(key, fresh, entity?.ETag, cancellationToken);
            _memory[key] = kept;
            logger.LogInformation("Fetched an access token for {TokenKey}, valid until {ExpiresAt}", key, kept.ExpiresAt);
            return kept;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stores <paramref name="fresh"/> unless another instance stored a token first; then keeps theirs if it is usable.</summary>
    private async Task<CachedAccessToken> StoreAsync(string key, CachedAccessToken fresh, ETag? etag, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(key, Row) { [TokenProperty] = fresh.Value, [ExpiresAtProperty] = fresh.ExpiresAt };
        try
        {
            if (etag is { } ifMatch)
            {
                await _table.UpdateEntityAsync(entity, ifMatch, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await _table.AddEntityAsync(entity, cancellationToken);
            }

            return fresh;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.EntityAlreadyExists) or nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            var winner = await _table.GetEntityOrDefaultAsync(key, Row, cancellationToken: cancellationToken);
            return winner is not null && FromEntity(winner) is { } theirs && IsUsable(theirs, rejected: null) ? theirs : fresh;
        }
    }

    private bool IsUsable(CachedAccessToken token, string? rejected) =>
        !string.Equals(token.Value, rejected, StringComparison.Ordinal) && token.ExpiresAt - clock.GetUtcNow() > RefreshMargin;

    private static CachedAccessToken? FromEntity(TableEntity entity) =>
        entity.GetString(TokenProperty) is { Length: > 0 } value && entity.GetDateTimeOffset(ExpiresAtProperty) is { } expiresAt
            ? new CachedAccessToken(value, expiresAt)
            : null;
}
