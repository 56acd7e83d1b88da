using System.Runtime.CompilerServices;
using Notify.Core.Registry;
using Notify.Functions.Registry;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.FanOut;

/// <summary>Streams one region's residents in id order from a given id on, a page of 1,000 at a time.</summary>
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
}
