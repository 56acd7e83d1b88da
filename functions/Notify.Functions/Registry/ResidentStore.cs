using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Notify.Core.Registry;
using Notify.Functions.Storage;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;

namespace Notify.Functions.Registry;

/// <summary>
/// The Residents table (partition = region code, a fan-out scans one region; row = resident id) and its
/// ResidentIndex (<see cref="ResidentIndexKeys"/>): id → region, and birthday → ids.
/// </summary>
/// <remarks>
/// Every write goes index first, then the resident row, then deletes what it replaces, then finishes the index:
/// the index names the new region and the regions being left ("MovingFrom") before the new row exists, and the old
/// row is deleted only after the new one is written. So a crash at any step leaves the person in at least one
/// region, findable by id, and writing the same resident again (or re-applying the same change) finishes the move.
/// </remarks>
public sealed class ResidentStore(StorageClients storage)
{
    private const int ParallelIndexReads = 16;
    private const string DateFormat = "yyyy-MM-dd";

    private readonly TableClient _table = storage.GetTableClient(Tables.Residents);
    private readonly TableClient _index = storage.GetTableClient(Tables.ResidentIndex);

    /// <summary>Upserts <paramref name="residents"/>, one transaction per region (or index partition) and 100 rows; the last of a repeated id wins.</summary>
    public async Task UpsertBatchAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(residents);
        var latest = new Dictionary<string, Resident>(StringComparer.Ordinal);
        foreach (var resident in residents)
        {
            latest[resident.Id] = resident;
        }

        foreach (var chunk in latest.Values.Chunk(TableLimits.MaxActionsPerTransaction))
        {
            await UpsertChunkAsync(chunk, cancellationToken);
        }
    }

    public async Task<Resident?> FindAsync(string region, string id, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(region, id, cancellationToken: cancellationToken) is { } entity
            ? ResidentEntities.ToResident(entity)
            : null;

    /// <summary>The resident with <paramref name="id"/> wherever they live, or null if the index does not know them.</summary>
    public async Task<Resident?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        await LocateAsync(id, cancellationToken) is { } located ? ResidentEntities.ToResident(located.Row) : null;

    /// <summary>
    /// Applies <paramref name="change"/> to the stored resident, guarded by the row's ETag against concurrent writes. The
    /// row remembers the last change id and what the changed fields were before it, so a redelivered change is not applied
    /// twice and still reports the same before and after. Null when no resident has the id.
    /// </summary>
    public async Task<AppliedResidentChange?> ApplyChangeAsync(string changeId, ResidentChange change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(changeId);
        ArgumentNullException.ThrowIfNull(change);
        while (true)
        {
            if (await LocateAsync(change.ResidentId, cancellationToken) is not { } located)
            {
                return null;
            }

            var current = ResidentEntities.ToResident(located.Row);
            if (located.Row.GetString("ChangeId") == changeId)
            {
                await FinishMoveAsync(located.Entry, current, cancellationToken);
                return new AppliedResidentChange(Before(located.Row, current), current);
            }

            var after = change.ApplyTo(current);
            var entity = ResidentEntities.ToEntity(after);
            entity["ChangeId"] = changeId;
            entity["BeforeRegion"] = current.Region;
            entity["BeforeBirthDate"] = current.BirthDate.ToString(DateFormat, CultureInfo.InvariantCulture);
            entity["BeforeCategory"] = current.Category;
            entity["BeforeFlags"] = string.Join(';', current.Flags);
            entity["BeforePaidThroughYear"] = current.PaidThroughYear;
            if (await WriteOneAsync(located.Entry, located.Row, after, entity, cancellationToken))
            {
                return new AppliedResidentChange(current, after);
            }
        }
    }

    /// <summary>
    /// Streams the residents born on <paramref name="month"/>/<paramref name="day"/> in one of <paramref name="birthYears"/>,
    /// read from their rows (an index row left behind by a changed birth date is skipped).
    /// </summary>
    public async IAsyncEnumerable<Resident> QueryBornOnAsync(int month, int day, IReadOnlyCollection<int> birthYears, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(birthYears);
        if (birthYears.Count == 0)
        {
            yield break;
        }

        var years = string.Join(" or ", birthYears.Select(year => TableClient.CreateQueryFilter($"BirthYear eq {year}")));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {ResidentIndexKeys.BirthdayPartition(month)} and RowKey ge {ResidentIndexKeys.BirthdayRow(day, "")} and RowKey lt {ResidentIndexKeys.BirthdayRowsAfter(day)}")
            + " and (" + years + ")";
        await foreach (var entry in _index.QueryAsync<TableEntity>(filter, maxPerPage: TableLimits.MaxPageSize, cancellationToken: cancellationToken))
        {
            var resident = entry.GetString("ResidentId") is { } id ? await FindByIdAsync(id, cancellationToken) : null;
            if (resident is not null && resident.BirthDate.Month == month && resident.BirthDate.Day == day)
            {
                yield return resident;
            }
        }
    }

    /// <summary>Streams one region's residents page by page, in id order.</summary>
    public async IAsyncEnumerable<Resident> QueryRegionAsync(string region, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {region}"), maxPerPage: TableLimits.MaxPageSize, cancellationToken: cancellationToken))
        {
            yield return ResidentEntities.ToResident(entity);
        }
    }

    public async Task<ResidentIndexEntry?> ReadIndexAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await _index.GetEntityOrDefaultAsync(ResidentIndexKeys.IdPartition(id), id, cancellationToken: cancellationToken);
        if (entity?.GetString("Region") is not { Length: > 0 } region)
        {
            return null;
        }

        var birthDate = DateOnly.TryParseExact(entity.GetString("BirthDate"), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        var movingFrom = (entity.GetString("MovingFrom") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
        return new ResidentIndexEntry(id, region, birthDate, movingFrom);
    }

    private async Task UpsertChunkAsync(Resident[] residents, CancellationToken cancellationToken)
    {
        var entries = new ResidentIndexEntry?[residents.Length];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, residents.Length),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelIndexReads, CancellationToken = cancellationToken },
            async (i, token) => entries[i] = await ReadIndexAsync(residents[i].Id, token));
        var leaving = residents.Select((resident, i) => Leaving(entries[i], null, resident.Region)).ToArray();

        await UpsertGroupedAsync(_index, residents.SelectMany((resident, i) => IndexEntities(resident, leaving[i])), cancellationToken);
        await UpsertGroupedAsync(_table, residents.Select(ResidentEntities.ToEntity), cancellationToken);
        for (var i = 0; i < residents.Length; i++)
        {
            await DeleteLeftAsync(residents[i].Id, leaving[i], StaleBirthday(entries[i], residents[i]), cancellationToken);
        }

        await UpsertGroupedAsync(
            _index,
            residents.Where((_, i) => leaving[i].Count > 0).Select(resident => IndexEntity(resident, [])),
            cancellationToken);
    }

    /// <summary>Writes one changed resident; false when the row changed meanwhile (412), so the caller reads it again.</summary>
    private async Task<bool> WriteOneAsync(ResidentIndexEntry entry, TableEntity row, Resident after, TableEntity entity, CancellationToken cancellationToken)
    {
        var leaving = Leaving(entry, row.PartitionKey, after.Region);
        var staleBirthday = StaleBirthday(entry, after);
        if (leaving.Count > 0 || entry.BirthDate != after.BirthDate || entry.Region != after.Region)
        {
            await UpsertGroupedAsync(_index, IndexEntities(after, leaving), cancellationToken);
        }

        try
        {
            if (row.PartitionKey == after.Region)
            {
                await _table.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
            }
        }
        catch (RequestFailedException exception) when (exception.ErrorCode is nameof(TableErrorCode.UpdateConditionNotSatisfied) or nameof(TableErrorCode.ResourceNotFound))
        {
            return false;
        }

        await DeleteLeftAsync(after.Id, leaving, staleBirthday, cancellationToken);
        if (leaving.Count > 0)
        {
            await _index.UpsertEntityAsync(IndexEntity(after, []), TableUpdateMode.Replace, cancellationToken);
        }

        return true;
    }

    /// <summary>Completes a move a crash interrupted: the resident's row is written, so the rows they left can go.</summary>
    private async Task FinishMoveAsync(ResidentIndexEntry entry, Resident current, CancellationToken cancellationToken)
    {
        var leaving = Leaving(entry, null, current.Region);
        if (leaving.Count == 0 && entry.Region == current.Region)
        {
            return;
        }

        await DeleteLeftAsync(current.Id, leaving, null, cancellationToken);
        await UpsertGroupedAsync(_index, IndexEntities(current, []), cancellationToken);
    }

    private async Task<(ResidentIndexEntry Entry, TableEntity Row)?> LocateAsync(string id, CancellationToken cancellationToken)
    {
        if (await ReadIndexAsync(id, cancellationToken) is not { } entry)
        {
            return null;
        }

        foreach (var region in entry.MovingFrom.Prepend(entry.Region))
        {
            if (await _table.GetEntityOrDefaultAsync(region, id, cancellationToken: cancellationToken) is { } row)
            {
                return (entry, row);
            }
        }

        return null;
    }

    private async Task DeleteLeftAsync(string id, IReadOnlyList<string> regions, DateOnly? staleBirthday, CancellationToken cancellationToken)
    {
        foreach (var region in regions)
        {
            await _table.DeleteEntityAsync(region, id, cancellationToken: cancellationToken);
        }

        if (staleBirthday is { } birthday)
        {
            await _index.DeleteEntityAsync(ResidentIndexKeys.BirthdayPartition(birthday.Month), ResidentIndexKeys.BirthdayRow(birthday.Day, id), cancellationToken: cancellationToken);
        }
    }

    private static async Task UpsertGroupedAsync(TableClient table, IEnumerable<TableEntity> entities, CancellationToken cancellationToken)
    {
        foreach (var partition in entities.GroupBy(entity => entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(TableLimits.MaxActionsPerTransaction))
            {
                await table.SubmitTransactionAsync(
                    [.. chunk.Select(entity => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity))],
                    cancellationToken);
            }
        }
    }

    /// <summary>Every region the resident may still have a row in, other than <paramref name="target"/>.</summary>
    private static List<string> Leaving(ResidentIndexEntry? entry, string? rowRegion, string target) =>
        [.. new[] { entry?.Region, rowRegion }.Concat(entry?.MovingFrom ?? []).OfType<string>()
            .Where(region => region != target)
            .Distinct(StringComparer.Ordinal)];

    private static DateOnly? StaleBirthday(ResidentIndexEntry? entry, Resident resident) =>
        entry?.BirthDate is { } old && (old.Month, old.Day) != (resident.BirthDate.Month, resident.BirthDate.Day) ? old : null;

    private static TableEntity[] IndexEntities(Resident resident, IReadOnlyList<string> leaving) =>
        [IndexEntity(resident, leaving), BirthdayEntity(resident)];

    private static TableEntity IndexEntity(Resident resident, IReadOnlyList<string> leaving) =>
        new(ResidentIndexKeys.IdPartition(resident.Id), resident.Id)
        {
            ["Region"] = resident.Region,
            ["BirthDate"] = resident.BirthDate.ToString(DateFormat, CultureInfo.InvariantCulture),
            ["MovingFrom"] = leaving.Count == 0 ? null : string.Join(';', leaving),
        };

    private static TableEntity BirthdayEntity(Resident resident) =>
        new(ResidentIndexKeys.BirthdayPartition(resident.BirthDate.Month), ResidentIndexKeys.BirthdayRow(resident.BirthDate.Day, resident.Id))
        {
            ["ResidentId"] = resident.Id,
            ["Region"] = resident.Region,
            ["BirthYear"] = resident.BirthDate.Year,
        };

    private static Resident Before(TableEntity row, Resident current) => current with
    {
        Region = row.GetString("BeforeRegion") ?? current.Region,
        BirthDate = DateOnly.TryParseExact(row.GetString("BeforeBirthDate"), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : current.BirthDate,
        Category = row.GetString("BeforeCategory") ?? current.Category,
        Flags = (row.GetString("BeforeFlags") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal),
        PaidThroughYear = row.GetInt32("BeforePaidThroughYear"),
    };
}
