using System.Text.Json;
using Azure;
using Notify.Core.Scheduling;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Schedule;

/// <summary>
/// The planned sends of approved items in the Occurrences table: partition = the UTC hour they are due in
/// (<see cref="OccurrenceKeys.Bucket"/>), row = item + template kind + occurrence id. Sweepers claim due rows
/// with the row's ETag, so of several instances sweeping at once exactly one claims each occurrence.
/// </summary>
public sealed class OccurrenceStore(StorageClients storage)
{
    /// <summary>How far back a sweep looks for rows still scheduled (a host down longer than this skips them).</summary>
    public const int LookbackHours = 48;

    /// <summary>A claim older than this is taken to be from an instance that died before fanning out, and is claimed again.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _table = storage.GetTableClient(Tables.Occurrences);

    /// <summary>Writes every occurrence of the plan as scheduled. Saving the same plan again changes nothing; rows already claimed are left alone.</summary>
    public async Task SaveAsync(string policyId, string itemId, NoticePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var notice in plan.Notices)
        {
            foreach (var occurrence in notice.Occurrences)
            {
                await SaveAsync(ToEntity(policyId, itemId, notice.TemplateKind, notice.Audience.ToString(), occurrence, []), cancellationToken);
            }
        }
    }

    /// <summary>Schedules one occurrence of a notice for named residents only (a newly eligible person, say).</summary>
    public Task SaveDirectAsync(string policyId, string itemId, string templateKind, PlannedOccurrence occurrence, IReadOnlyList<string> residentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        ArgumentNullException.ThrowIfNull(residentIds);
        return SaveAsync(ToEntity(policyId, itemId, templateKind, nameof(Core.Extraction.ItemAudience.Residents), occurrence, residentIds), cancellationToken);
    }

    /// <summary>Marks a still-scheduled occurrence cancelled (its item was edited or withdrawn); claimed ones are past stopping.</summary>
    public async Task<bool> CancelAsync(string itemId, string templateKind, PlannedOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var existing = await _table.GetEntityOrDefaultAsync(OccurrenceKeys.Bucket(occurrence.DueUtc), OccurrenceKeys.Row(itemId, templateKind, occurrence.Id), cancellationToken: cancellationToken);
        if (existing?.GetString("State") != OccurrenceStates.Scheduled)
        {
            return false;
        }

        existing["State"] = OccurrenceStates.Cancelled;
        try
        {
            await _table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.UpdateConditionNotSatisfied) or nameof(TableErrorCode.ResourceNotFound))
        {
            return false;
        }
    }

    /// <summary>Every occurrence row due in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), whatever its state.</summary>
    public async Task<IReadOnlyList<ScheduledOccurrence>> ListDueBetweenAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {OccurrenceKeys.Bucket(fromUtc)} and PartitionKey le {OccurrenceKeys.Bucket(toUtc)} and DueUtc ge {fromUtc.ToUniversalTime()} and DueUtc lt {toUtc.ToUniversalTime()}");
        var rows = new List<ScheduledOccurrence>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(ToOccurrence(entity));
        }

        return rows;
    }

    /// <summary>
    /// Holds a claimed occurrence until <paramref name="untilUtc"/> (quiet hours): the same row key is scheduled again in
    /// that hour's bucket, and this row is marked held. The fan-out job id comes from the row key, so nothing is sent twice.
    /// </summary>
    public async Task HoldAsync(ScheduledOccurrence occurrence, DateTimeOffset untilUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var held = ToEntity(occurrence.PolicyId, occurrence.ItemId, occurrence.TemplateKind, occurrence.Audience, occurrence.Occurrence with { DueUtc = untilUtc }, occurrence.ResidentIds);
        await SaveAsync(held, cancellationToken);
        await _table.UpdateEntityAsync(new TableEntity(occurrence.Bucket, occurrence.Key) { ["State"] = OccurrenceStates.Held, ["HeldUntil"] = untilUtc.ToUniversalTime() }, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The earliest still-scheduled occurrence due after <paramref name="afterUtc"/>, for a simulated clock to jump to.</summary>
    public async Task<DateTimeOffset?> NextDueAfterAsync(DateTimeOffset afterUtc, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {OccurrenceKeys.Bucket(afterUtc)} and State eq {OccurrenceStates.Scheduled} and DueUtc gt {afterUtc.ToUniversalTime()}");
        DateTimeOffset? earliest = null;
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var due = entity.GetDateTimeOffset("DueUtc");
            if (earliest is { } known && string.CompareOrdinal(entity.PartitionKey, OccurrenceKeys.Bucket(known)) > 0)
            {
                break;
            }

            if (due is { } value && (earliest is null || value < earliest))
            {
                earliest = value;
            }
        }

        return earliest;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> scheduled rows due at or before <paramref name="nowUtc"/>, oldest bucket first,
    /// within the last <see cref="LookbackHours"/> hours (and claims older than <see cref="ClaimTimeout"/>). A row another instance claimed first (412 on its ETag) is skipped.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledOccurrence>> ClaimDueAsync(DateTimeOffset nowUtc, string instanceId, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var from = OccurrenceKeys.Bucket(nowUtc.AddHours(-LookbackHours));
        var to = OccurrenceKeys.Bucket(nowUtc);
        var staleBefore = nowUtc.ToUniversalTime() - ClaimTimeout;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {from} and PartitionKey le {to} and DueUtc le {nowUtc.ToUniversalTime()} and (State eq {OccurrenceStates.Scheduled} or (State eq {OccurrenceStates.Claimed} and ClaimedAt lt {staleBefore}))");
        var claimed = new List<ScheduledOccurrence>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entity["State"] = OccurrenceStates.Claimed;
            entity["ClaimedBy"] = instanceId;
            entity["ClaimedAt"] = nowUtc.ToUniversalTime();
            try
            {
                entity.ETag = (await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? ETag.All;
            }
            catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.UpdateConditionNotSatisfied))
            {
                continue;
            }

            claimed.Add(ToOccurrence(entity));
            if (claimed.Count == max)
            {
                break;
            }
        }

        return claimed;
    }

    /// <summary>Moves a claimed row to fanned-out; false when it is no longer the claimed row this instance holds.</summary>
    public async Task<bool> MarkFannedOutAsync(ScheduledOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var entity = new TableEntity(occurrence.Bucket, occurrence.Key) { ["State"] = OccurrenceStates.FannedOut };
        try
        {
            await _table.UpdateEntityAsync(entity, occurrence.ETag ?? ETag.All, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.UpdateConditionNotSatisfied) or nameof(TableErrorCode.ResourceNotFound))
        {
            return false;
        }
    }

    public async Task<ScheduledOccurrence?> FindAsync(string bucket, string key, CancellationToken cancellationToken)
    {
        var entity = await _table.GetEntityOrDefaultAsync(bucket, key, cancellationToken: cancellationToken);
        return entity is null ? null : ToOccurrence(entity);
    }

    private static TableEntity ToEntity(string policyId, string itemId, string templateKind, string audience, PlannedOccurrence occurrence, IReadOnlyList<string> residentIds) =>
        new(OccurrenceKeys.Bucket(occurrence.DueUtc), OccurrenceKeys.Row(itemId, templateKind, occurrence.Id))
        {
            ["ItemId"] = itemId,
            ["PolicyId"] = policyId,
            ["TemplateKind"] = templateKind,
            ["Audience"] = audience,
            ["DueUtc"] = occurrence.DueUtc.ToUniversalTime(),
            ["Purpose"] = occurrence.Purpose,
            ["Occurrence"] = JsonSerializer.Serialize(occurrence, Json),
            ["ResidentIds"] = residentIds.Count == 0 ? null : JsonSerializer.Serialize(residentIds, Json),
            ["State"] = OccurrenceStates.Scheduled,
        };

    private async Task SaveAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddEntityAsync(entity, cancellationToken);
            return;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            // Saved before: refresh it only while it is still scheduled.
        }

        var existing = await _table.GetEntityOrDefaultAsync(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
        if (existing?.GetString("State") != OccurrenceStates.Scheduled)
        {
            return;
        }

        try
        {
            await _table.UpdateEntityAsync(entity, existing.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.UpdateConditionNotSatisfied) or nameof(TableErrorCode.ResourceNotFound))
        {
            // Claimed (or removed) meanwhile: the sweep owns it now.
        }
    }

    private static ScheduledOccurrence ToOccurrence(TableEntity entity) => new(
        entity.PartitionKey,
        entity.RowKey,
        entity.GetString("ItemId") ?? "",
        entity.GetString("PolicyId") ?? "",
        entity.GetString("TemplateKind") ?? "",
        entity.GetString("Audience") ?? "",
        entity.GetDateTimeOffset("DueUtc") ?? DateTimeOffset.MinValue,
        entity.GetString("Purpose") ?? "",
        JsonSerializer.Deserialize<PlannedOccurrence>(entity.GetString("Occurrence") ?? "null", Json)
            ?? throw new InvalidDataException($"Occurrence {entity.PartitionKey}/{entity.RowKey} has no planned occurrence."),
        entity.GetString("ResidentIds") is { Length: > 0 } ids ? JsonSerializer.Deserialize<List<string>>(ids, Json) ?? [] : [],
        entity.GetString("State") ?? "",
        entity.GetString("ClaimedBy"),
        entity.GetDateTimeOffset("ClaimedAt"),
        entity.ETag);
}
