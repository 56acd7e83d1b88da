using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.Units;

/// <summary>
/// The UnitContacts table: one partition ("unit"), row = unit id. The directory has about 300 units, so reading the
/// whole partition is cheap; lists are stored as ';'-separated text (valid values never hold ';').
/// </summary>
public sealed class UnitContactStore(StorageClients storage)
{
    public const string Partition = "unit";

    private const char Separator = ';';

    private readonly TableClient _table = storage.GetTableClient(Tables.UnitContacts);

    /// <summary>Upserts (replaces) <paramref name="contacts"/> in transactions of 100; the last of a repeated unit wins.</summary>
    public async Task UpsertBatchAsync(IReadOnlyList<UnitContact> contacts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var latest = new Dictionary<string, UnitContact>(StringComparer.Ordinal);
        foreach (var contact in contacts)
        {
            latest[contact.UnitId] = contact;
        }

        foreach (var chunk in latest.Values.Chunk(TableLimits.MaxActionsPerTransaction))
        {
            await _table.SubmitTransactionAsync(
                [.. chunk.Select(contact => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(contact)))],
                cancellationToken);
        }
    }

    public async Task<UnitContact?> FindAsync(string unitId, CancellationToken cancellationToken) =>
        await _table.GetEntityOrDefaultAsync(Partition, unitId, cancellationToken: cancellationToken) is { } entity
            ? ToContact(entity)
            : null;

    /// <summary>The contacts of those of <paramref name="unitIds"/> that have any, by unit id.</summary>
    public async Task<IReadOnlyDictionary<string, UnitContact>> FindManyAsync(IEnumerable<string> unitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        var wanted = unitIds.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, UnitContact>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        foreach (var contact in await ListAsync(cancellationToken))
        {
            if (wanted.Contains(contact.UnitId))
            {
                found[contact.UnitId] = contact;
            }
        }

        return found;
    }

    /// <summary>Every unit's contacts, in unit id order.</summary>
    public async Task<IReadOnlyList<UnitContact>> ListAsync(CancellationToken cancellationToken)
    {
        var contacts = new List<UnitContact>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), maxPerPage: TableLimits.MaxPageSize, cancellationToken: cancellationToken))
        {
            contacts.Add(ToContact(entity));
        }

        return contacts;
    }

    private static TableEntity ToEntity(UnitContact contact) => new(Partition, contact.UnitId)
    {
        ["Name"] = contact.Name,
        ["Level"] = contact.Level,
        ["WeComUserIds"] = string.Join(Separator, contact.WeComUserIds),
        ["Phones"] = string.Join(Separator, contact.Phones),
        ["Emails"] = string.Join(Separator, contact.Emails),
    };

    private static UnitContact ToContact(TableEntity entity) => new(
        entity.RowKey,
        entity.GetString("Name") ?? "",
        entity.GetString("Level") ?? "",
        Split(entity.GetString("WeComUserIds")),
        Split(entity.GetString("Phones")),
        Split(entity.GetString("Emails")));

    private static string[] Split(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
}
