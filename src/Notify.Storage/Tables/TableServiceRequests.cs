using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Core;
using Notify.Storage.Http;

namespace Notify.Storage.Tables;

/// <summary>Account-level Table operations (Query Tables).</summary>
internal static class TableServiceRequests
{
    public static async IAsyncEnumerable<string> ListTablesAsync(
        StoragePipeline service, string accountName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var operation = new StorageOperation("ListTables", $"table service of account '{accountName}'");
        string? nextTableName = null;
        do
        {
            var (names, next) = await ReadPageAsync(service, operation, nextTableName, cancellationToken);
            foreach (var name in names)
            {
                yield return name;
            }

            nextTableName = next;
        }
        while (nextTableName is not null);
    }

    private static async Task<(List<string> Names, string? Next)> ReadPageAsync(
        StoragePipeline service, StorageOperation operation, string? nextTableName, CancellationToken cancellationToken)
    {
        var query = new QueryStringBuilder().AddIfNotNull("NextTableName", nextTableName);
        using var message = service.CreateMessage(RequestMethod.Get, "Tables", query.ToString());
        TableRequests.SetODataHeaders(message.Request, TableRequests.NoMetadata);
        var response = await service.SendCheckedAsync(message, operation, cancellationToken);

        var names = new List<string>();
        using (var document = JsonDocument.Parse(response.Content.ToMemory()))
        {
            if (document.RootElement.TryGetProperty("value", out var tables))
            {
                foreach (var table in tables.EnumerateArray())
                {
                    if (table.TryGetProperty("TableName", out var name) && name.GetString() is { } text)
                    {
                        names.Add(text);
                    }
                }
            }
        }

        response.Headers.TryGetValue(TableRequests.NextTableNameHeader, out var next);
        return (names, string.IsNullOrEmpty(next) ? null : next);
    }
}
