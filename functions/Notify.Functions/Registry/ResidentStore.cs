using System.Runtime.CompilerServices;
using Notify.Core.Registry;
using Notify.Functions.Storage;
using Notify.Storage;
using Notify.Storage.Tables;

namespace Notify.Functions.Registry;

/// <summary>
/// The Residents table: partition = region code (a fan-out scans one region), row = resident id. Writes are
/// UpsertReplace transactions of at most 100 rows of one region, so re-importing the same residents is harmless.
/// </summary>
public sealed class ResidentStore(StorageAccount storage)
{
    private readonly TableClient _table = storage.GetTableClient(Tables.Residents);

    /// <summary>Upserts <paramref name="residents"/>, one transaction per region and 100 rows; the last of a repeated id wins.</summary>
    public async Task UpsertBatchAsync(IReadOnlyList<Resident> residents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(residents);
        foreach (var region in residents.GroupBy(resident => resident.Region, StringComparer.Ordinal))
        {
            var latest = new Dictionary<string, Resident>(StringComparer.Ordinal);
            foreach (var resident in region)
            {
                latest[resident.Id] = resident;
            }

            foreach (var chunk in latest.Values.Chunk(TableClient.MaxActionsPerTransaction))
            {
                await _table.SubmitTransactionAsync(
                    [.. chunk.Select(resident => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ResidentEntities.ToEntity(resident)))],
                    cancellationToken);
            }
        }
    }

    public async Task<Resident?> FindAsync(string region, string id, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(region, id, cancellationToken: cancellationToken) is { } entity
            ? ResidentEntities.ToResident(entity)
            : null;

    /// <summary>Streams one region's residents page by page, in id order.</summary>
    public async IAsyncEnumerable<Resident> QueryRegionAsync(string region, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _table.QueryAsync(TableFilter.Create($"PartitionKey eq {region}"), maxPerPage: TableClient.MaxPageSize, cancellationToken: cancellationToken))
        {
            yield return ResidentEntities.ToResident(entity);
        }
    }
}
