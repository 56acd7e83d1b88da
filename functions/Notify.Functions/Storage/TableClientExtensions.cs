using Azure.Data.Tables;

namespace Notify.Functions.Storage;

/// <summary>Shorthands over the SDK's table client for what the stores do most.</summary>
public static class TableClientExtensions
{
    /// <summary>Reads one entity, or null when the row does not exist (a missing table still throws).</summary>
    public static async Task<TableEntity?> GetEntityOrDefaultAsync(
        this TableClient table, string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken cancellationToken = default)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
