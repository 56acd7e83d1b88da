using Azure.Data.Tables;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Support;

/// <summary>How many policy rows the test storage holds, for "nothing was stored" checks.</summary>
public static class StoredPolicies
{
    public static async Task<int> CountAsync()
    {
        var count = 0;
        await foreach (var _ in TestAccount.Clients.GetTableClient(Tables.Policies).QueryAsync<TableEntity>(select: ["RowKey", "PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
