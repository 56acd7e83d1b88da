using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Notify.Functions.Storage;

namespace Notify.Functions.Deliver;

/// <summary>
/// Which job told a recipient about an event with a template kind on a Shanghai day (DeliveryEvents: partition = a
/// hash of event, kind and day + the recipient's delivery-row shard, row = recipient id, owner = job id). A batch
/// claims its recipients' rows before any provider is called, in transactions of up to 100 like their delivery rows:
/// a row this job owns (a retried batch) lets the send go on; a row another job owns makes it a duplicate.
/// </summary>
public sealed class EventLedger(StorageClients storage, TimeProvider clock)
{
    private readonly TableClient _table = storage.GetTableClient(Tables.DeliveryEvents);

    /// <summary>Claims the rows for <paramref name="recipientIds"/>; answers the recipients another job already owns, with that job's id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ClaimAsync(
        string jobId, string eventKey, string templateKind, DateOnly day, IEnumerable<string> recipientIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipientIds);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var stem = Stem(eventKey, templateKind, day);
        var now = clock.GetUtcNow();
        var rows = recipientIds.Distinct(StringComparer.Ordinal).Select(id => new TableEntity(PartitionOf(stem, id), id)
        {
            ["Owner"] = jobId,
            ["Event"] = eventKey,
            ["TemplateKind"] = templateKind,
            ["Day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["CreatedAt"] = now,
        });
        foreach (var partition in rows.GroupBy(row => row.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(TableLimits.MaxActionsPerTransaction))
            {
                try
                {
                    await _table.SubmitTransactionAsync([.. chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row))], cancellationToken);
                }
                catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
                {
                    // Some rows exist: a retry of this job, or another job about the same event. Decide row by row.
                    foreach (var row in chunk)
                    {
                        if (await OwnerAsync(row, cancellationToken) is { } owner && owner != jobId)
                        {
                            owners[row.RowKey] = owner;
                        }
                    }
                }
            }
        }

        return owners;
    }

    private async Task<string?> OwnerAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddEntityAsync(row, cancellationToken);
            return row.GetString("Owner");
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(TableErrorCode.EntityAlreadyExists))
        {
            var existing = await _table.GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey, ["Owner"], cancellationToken);
            return existing.Value.GetString("Owner");
        }
    }

    private static string Stem(string eventKey, string templateKind, DateOnly day) =>
        "e" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{eventKey}\n{templateKind}\n{day:yyyy-MM-dd}"))))[..24];

    /// <summary>The recipient's delivery-row shard, so a resident batch (one shard) claims in one partition.</summary>
    private static string PartitionOf(string stem, string recipientId) =>
        string.Create(CultureInfo.InvariantCulture, $"{stem}|{DeliveryKey.Shard(recipientId):x1}");
}
