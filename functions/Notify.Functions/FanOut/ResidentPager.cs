using System.Runtime.CompilerServices;
using Notify.Core.Audiences;
using Notify.Core.Registry;
using Notify.Functions.Registry;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.FanOut;

/// <summary>Streams residents region by region in id order, a page of 1,000 at a time.</summary>
public sealed class ResidentPager(StorageClients storage)
{
    private readonly TableClient _table = storage.GetTableClient(Tables.Residents);

    public async IAsyncEnumerable<Resident> ReadAsync(string region, string? fromId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = fromId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {region}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {region} and RowKey ge {fromId}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, maxPerPage: TableLimits.MaxPageSize, cancellationToken: cancellationToken))
        {
            yield return ResidentEntities.ToResident(entity);
        }
    }

    /// <summary>Every resident of the regions any of <paramref name="audiences"/> can include; the caller decides who is in.</summary>
    public async IAsyncEnumerable<Resident> ReadRegionsOfAsync(IReadOnlyList<ResidentAudience> audiences, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audiences);
        foreach (var region in RegionCatalog.Default.Regions.Select(region => region.Code).Where(code => audiences.Any(audience => audience.InRegion(code))).Order(StringComparer.Ordinal))
        {
            await foreach (var resident in ReadAsync(region, null, cancellationToken))
            {
                yield return resident;
            }
        }
    }
}
