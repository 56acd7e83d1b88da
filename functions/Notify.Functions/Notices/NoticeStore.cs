using System.Runtime.CompilerServices;
using System.Text.Json;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Scheduling;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.Notices;

/// <summary>The notices of approved items (Notices: partition = item id, row = template kind).</summary>
public sealed class NoticeStore(StorageClients storage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _table = storage.GetTableClient(Tables.Notices);

    public async Task SaveAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await _table.UpsertEntityAsync(ToEntity(notice), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<Notice?> FindAsync(string itemId, string templateKind, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(itemId, templateKind, cancellationToken: cancellationToken) is { } entity ? ToNotice(entity) : null;

    /// <summary>
    /// The notice an occurrence row names. A direct occurrence of another template kind (resident-newly-eligible) borrows
    /// the audience and values of one of its item's notices, with its own template kind.
    /// </summary>
    public async Task<Notice?> FindForOccurrenceAsync(string itemId, string templateKind, CancellationToken cancellationToken) =>
        await FindAsync(itemId, templateKind, cancellationToken)
        ?? ((await ListForItemAsync(itemId, cancellationToken)).FirstOrDefault(notice => notice.Audience == ItemAudience.Residents) is { } parent
            ? parent with { TemplateKind = templateKind }
            : null);

    public async Task<IReadOnlyList<Notice>> ListForItemAsync(string itemId, CancellationToken cancellationToken)
    {
        var notices = new List<Notice>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {itemId}"), cancellationToken: cancellationToken))
        {
            notices.Add(ToNotice(entity));
        }

        return notices;
    }

    /// <summary>Every active notice to residents: what an eligibility change is re-evaluated against.</summary>
    public async IAsyncEnumerable<Notice> QueryActiveAsync(ItemAudience audience, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"State eq {NoticeStates.Active} and Audience eq {audience.ToString()}");
        await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ToNotice(entity);
        }
    }

    private static TableEntity ToEntity(Notice notice) => new(notice.ItemId, notice.TemplateKind)
    {
        ["PolicyId"] = notice.PolicyId,
        ["Audience"] = notice.Audience.ToString(),
        ["Residents"] = JsonSerializer.Serialize(notice.Residents, Json),
        ["UnpaidOnly"] = notice.UnpaidOnly,
        ["UnitIds"] = JsonSerializer.Serialize(notice.UnitIds, Json),
        ["Variables"] = JsonSerializer.Serialize(notice.Variables, Json),
        ["Amounts"] = JsonSerializer.Serialize(notice.Amounts, Json),
        ["Occurrences"] = JsonSerializer.Serialize(notice.Occurrences, Json),
        ["State"] = notice.State,
        ["AuthorityId"] = notice.AuthorityId,
        ["Event"] = notice.Event,
    };

    private static Notice ToNotice(TableEntity entity) => new(
        entity.PartitionKey,
        entity.GetString("PolicyId") ?? "",
        entity.RowKey,
        Enum.Parse<ItemAudience>(entity.GetString("Audience") ?? nameof(ItemAudience.Residents)),
        Read<ResidentAudience>(entity, "Residents") ?? new ResidentAudience(),
        entity.GetBoolean("UnpaidOnly") ?? false,
        Read<List<string>>(entity, "UnitIds") ?? [],
        Read<Dictionary<string, string>>(entity, "Variables") ?? [],
        Read<Dictionary<string, decimal>>(entity, "Amounts") ?? [],
        Read<List<PlannedOccurrence>>(entity, "Occurrences") ?? [],
        entity.GetString("State") ?? NoticeStates.Active,
        entity.GetString("AuthorityId"),
        entity.GetString("Event"));

    private static T? Read<T>(TableEntity entity, string property) =>
        entity.GetString(property) is { Length: > 0 } json ? JsonSerializer.Deserialize<T>(json, Json) : default;
}
