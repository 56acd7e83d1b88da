using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Notify.Functions.Storage;

namespace Notify.Functions.Receipts;

/// <summary>
/// Remembers the provider callbacks already accepted (CallbackNonces: partition = the callback's source,
/// row = SHA-256 of what identifies one request), so a captured request posted again is recognised. A
/// row counts until its keep-until time; after that the request is refused as stale before it gets here.
/// </summary>
public sealed class CallbackReplayGuard(StorageClients storage, TimeProvider clock)
{
    private readonly TableClient _nonces = storage.GetTableClient(Tables.CallbackNonces);

    /// <summary>
    /// Runs <paramref name="apply"/> unless this request was accepted before; false when it was (nothing is run). A failure
    /// releases the claim and propagates, so the provider's retry is applied rather than taken for a replay.
    /// </summary>
    public async Task<bool> ApplyOnceAsync(string source, string identity, DateTimeOffset keepUntil, Func<Task> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        if (!await TryClaimAsync(source, identity, keepUntil, cancellationToken))
        {
            return false;
        }

        try
        {
            await apply();
            return true;
        }
        catch
        {
            await ReleaseAsync(source, identity);
            throw;
        }
    }

    /// <summary>
    /// Claims <paramref name="identity"/> for <paramref name="source"/>: true the first time (or once an earlier
    /// claim has expired), false when the same request was already accepted.
    /// </summary>
    public async Task<bool> TryClaimAsync(string source, string identity, DateTimeOffset keepUntil, CancellationToken cancellationToken)
    {
        var row = new TableEntity(source, RowKey(identity)) { ["KeepUntil"] = keepUntil };
        try
        {
            await _nonces.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            return await TryReclaimExpiredAsync(row, cancellationToken);
        }
    }

    /// <summary>
    /// Lets a claimed request be accepted again: its handling failed, and the provider's retry must not be taken for a
    /// replay. Not cancellable: it runs when the request itself was cancelled too.
    /// </summary>
    public async Task ReleaseAsync(string source, string identity)
    {
        using var response = await _nonces.DeleteEntityAsync(source, RowKey(identity), ETag.All, CancellationToken.None);
    }

    /// <summary>Deletes the rows whose keep-until time has passed; returns how many.</summary>
    public async Task<int> ForgetExpiredAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        var filter = TableClient.CreateQueryFilter($"KeepUntil lt {clock.GetUtcNow()}");
        await foreach (var row in _nonces.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await _nonces.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            deleted++;
        }

        return deleted;
    }

    private async Task<bool> TryReclaimExpiredAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var existing = await _nonces.GetEntityOrDefaultAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
        if (existing is null || existing.GetDateTimeOffset("KeepUntil") is not { } keepUntil || keepUntil >= clock.GetUtcNow())
        {
            return false;
        }

        try
        {
            await _nonces.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.UpdateConditionNotSatisfied))
        {
            return false;
        }
    }

    private static string RowKey(string identity) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
}
