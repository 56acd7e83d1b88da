using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Azure;

namespace Notify.Functions.Acknowledgements;

/// <summary>
/// The Acknowledgements table: partition = item id, row = unit id, one row per unit that confirmed the item (the first
/// confirmation wins). Each view and confirmation also adds an audit row: partition "audit|" + item id,
/// row = unit id + "|" + UTC ticks + a guid, holding a keyed hash of the IP and the cut user agent.
/// </summary>
public sealed class AcknowledgementStore(StorageClients storage, TimeProvider clock)
{
    public const string ViewAction = "view";
    public const string AcknowledgeAction = "acknowledge";
    public const string RepeatAction = "acknowledge-again";

    private const string AuditPrefix = "audit|";

    private readonly TableClient _table = storage.GetTableClient(Tables.Acknowledgements);

    public async Task<bool> IsAcknowledgedAsync(string itemId, string unitId, CancellationToken cancellationToken) =>
        await AcknowledgedAtAsync(itemId, unitId, cancellationToken) is not null;

    /// <summary>When the unit first acknowledged the item, or null.</summary>
    public async Task<DateTimeOffset?> AcknowledgedAtAsync(string itemId, string unitId, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(itemId, unitId, cancellationToken: cancellationToken) is { } entity
            ? entity.GetDateTimeOffset("AcknowledgedAt")
            : null;

    /// <summary>The units that have acknowledged the item: what a fan-out skips.</summary>
    public async Task<IReadOnlySet<string>> AcknowledgedUnitsAsync(string itemId, CancellationToken cancellationToken)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {itemId}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            units.Add(entity.RowKey);
        }

        return units;
    }

    /// <summary>Records the unit's acknowledgement unless it exists; either way the attempt is audited.</summary>
    public async Task<AcknowledgementResult> AcknowledgeAsync(
        string policyId, string itemId, string unitId, AcknowledgementActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        AcknowledgementResult result;
        try
        {
            await _table.AddEntityAsync(new TableEntity(itemId, unitId)
            {
                ["PolicyId"] = policyId,
                ["AcknowledgedAt"] = now,
                ["IpHash"] = actor.IpHash,
                ["UserAgent"] = actor.UserAgent,
            }, cancellationToken);
            result = new AcknowledgementResult(AcknowledgementOutcome.Acknowledged, now);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            var first = await AcknowledgedAtAsync(itemId, unitId, cancellationToken) ?? now;
            result = new AcknowledgementResult(AcknowledgementOutcome.AlreadyAcknowledged, first);
        }

        await AuditAsync(policyId, itemId, unitId, result.Outcome == AcknowledgementOutcome.Acknowledged ? AcknowledgeAction : RepeatAction, actor, now, cancellationToken);
        return result;
    }

    /// <summary>Audits that the unit's link was opened.</summary>
    public Task RecordViewAsync(string policyId, string itemId, string unitId, AcknowledgementActor actor, CancellationToken cancellationToken) =>
        AuditAsync(policyId, itemId, unitId, ViewAction, actor, clock.GetUtcNow(), cancellationToken);

    /// <summary>The audit trail of one item, oldest first per unit.</summary>
    public async Task<IReadOnlyList<AcknowledgementAuditEntry>> ListAuditAsync(string itemId, CancellationToken cancellationToken)
    {
        var entries = new List<AcknowledgementAuditEntry>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {AuditPrefix + itemId}"), cancellationToken: cancellationToken))
        {
            entries.Add(new AcknowledgementAuditEntry(
                entity.GetString("PolicyId") ?? "",
                itemId,
                entity.GetString("UnitId") ?? "",
                entity.GetDateTimeOffset("At") ?? default,
                entity.GetString("Action") ?? "",
                entity.GetString("IpHash") ?? "",
                entity.GetString("UserAgent") ?? ""));
        }

        return entries;
    }

    private async Task AuditAsync(
        string policyId, string itemId, string unitId, string action, AcknowledgementActor actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await _table.AddEntityAsync(new TableEntity(AuditPrefix + itemId, $"{unitId}|{at.UtcTicks:D19}|{Guid.NewGuid():N}")
        {
            ["PolicyId"] = policyId,
            ["UnitId"] = unitId,
            ["At"] = at,
            ["Action"] = action,
            ["IpHash"] = actor.IpHash,
            ["UserAgent"] = actor.UserAgent,
        }, cancellationToken);
    }
}
