using Azure;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Consent;

/// <summary>
/// SMS consent per number in the SmsOptOuts table: partition = SHA-256 of the E.164 number (see
/// <see cref="SmsNumbers.Hash"/>), so the table holds no readable numbers; row = "sms". Each row
/// keeps the current state with the time, source and keyword of its last change.
/// </summary>
public sealed class SmsOptOutStore(StorageClients storage, TimeProvider clock)
{
    private const string Row = "sms";

    private readonly TableClient _table = storage.GetTableClient(Tables.SmsOptOuts);

    public async Task<bool> IsOptedOutAsync(string number, CancellationToken cancellationToken)
    {
        var entity = await _table.GetEntityOrDefaultAsync(SmsNumbers.Hash(number), Row, cancellationToken: cancellationToken);
        return entity?.GetBoolean("OptedOut") == true;
    }

    /// <summary>The hashes (<see cref="SmsNumbers.Hash"/>) of every number opted out now.</summary>
    public async Task<IReadOnlySet<string>> OptedOutHashesAsync(CancellationToken cancellationToken)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"OptedOut eq {true}"), select: ["RowKey", "PartitionKey"], cancellationToken: cancellationToken))
        {
            hashes.Add(entity.PartitionKey);
        }

        return hashes;
    }

    /// <summary>Opts the number out; true only for the request that changed it (so it alone is confirmed).</summary>
    public Task<bool> OptOutAsync(string number, string source, string keyword, CancellationToken cancellationToken) =>
        SetAsync(number, optedOut: true, source, keyword, cancellationToken);

    /// <summary>Opts the number back in; true only when it was opted out.</summary>
    public Task<bool> OptInAsync(string number, string source, string keyword, CancellationToken cancellationToken) =>
        SetAsync(number, optedOut: false, source, keyword, cancellationToken);

    private async Task<bool> SetAsync(string number, bool optedOut, string source, string keyword, CancellationToken cancellationToken)
    {
        var key = SmsNumbers.Hash(number);
        while (true)
        {
            var entity = await _table.GetEntityOrDefaultAsync(key, Row, cancellationToken: cancellationToken);
            if ((entity?.GetBoolean("OptedOut") ?? false) == optedOut)
            {
                return false;
            }

            var changed = entity ?? new TableEntity(key, Row);
            changed["OptedOut"] = optedOut;
            changed["ChangedAt"] = clock.GetUtcNow();
            changed["Source"] = source;
            changed["Keyword"] = keyword;
            changed["MaskedNumber"] = SmsNumbers.Mask(number);
            changed[optedOut ? "OptedOutAt" : "OptedInAt"] = clock.GetUtcNow();
            try
            {
                if (entity is null)
                {
                    await _table.AddEntityAsync(changed, cancellationToken);
                }
                else
                {
                    await _table.UpdateEntityAsync(changed, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return true;
            }
            catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.EntityAlreadyExists) or nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                // A duplicate reply raced this one: read again, so only one of them confirms.
            }
        }
    }
}
