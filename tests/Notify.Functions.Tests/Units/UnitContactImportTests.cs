using System.Text;
using Microsoft.Extensions.Logging;
using Notify.Core.Csv;
using Notify.Core.Units;
using Notify.Functions.Audit;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Functions.Units;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Units;

/// <summary>Rows are keyed by real directory unit ids, so these share the app collection with every other UnitContacts writer.</summary>
[Collection(AppCollection.Name)]
public sealed class UnitContactImportTests : IAsyncLifetime, IDisposable
{
    private static readonly UnitDirectory Directory = UnitDirectory.LoadDefault();

    private readonly TableClient _table = TestAccount.Clients.GetTableClient(Tables.UnitContacts);
    private readonly UnitContactStore _store = new(TestAccount.Clients);
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggers;

    public UnitContactImportTests() => _loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs));

    public Task InitializeAsync() => _table.CreateIfNotExistsAsync();

    public void Dispose()
    {
        _loggers.Dispose();
        _logs.Dispose();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ImportAsync_InvalidRows_ReportsRowNumbersAndWritesNothing()
    {
        string[] units = ["baotou.civil-affairs", "baotou.education", "baotou.finance"];
        await DeleteAsync(units);
        var csv = "unit_id,wecom_user_ids,phones,emails\n"
            + "baotou.civil-affairs,mz-1,13800000000,mz@baotou.notify.example\n"
            + "baotou.atlantis,x,13800000001,\n"
            + "baotou.education,jy-1,1234,jy@baotou.notify.example\n"
            + "baotou.finance,cz-1,13800000002,not an email\n";

        var result = await Import().ImportAsync(CsvSource.FromText(csv), "importer (k1)", CancellationToken.None);

        Assert.Equal((4, 0, 3), (result.RowsRead, result.Imported, result.Rejected));
        Assert.Contains(result.FirstErrors, error => error.ToString().StartsWith("row 3, column A (unit_id): ", StringComparison.Ordinal));
        Assert.Contains(result.FirstErrors, error => error.ToString().StartsWith("row 4, column C (phones): ", StringComparison.Ordinal));
        Assert.Contains(result.FirstErrors, error => error.ToString().StartsWith("row 5, column D (emails): ", StringComparison.Ordinal));
        Assert.All(units, unit => Assert.Null(_store.FindAsync(unit, CancellationToken.None).GetAwaiter().GetResult()));
        var audit = Assert.Single(_logs.Lines, line => line.Contains("audit:", StringComparison.Ordinal));
        Assert.Equal("Information Notify.Audit: audit: importer (k1) refused unit contacts 0 units (4 rows read, 3 rejected)", audit);
    }

    [Fact]
    public async Task ImportAsync_SameUnitTwice_RefusesTheFileNamingTheUnitAndBothRows()
    {
        await DeleteAsync(["baotou.civil-affairs", "baotou.education"]);
        var csv = "unit_id,wecom_user_ids,phones,emails\n"
            + "baotou.civil-affairs,mz-1,13800000000,\n"
            + "baotou.education,jy-1,13800000001,\n"
            + "baotou.civil-affairs,mz-2,13800000002,\n";

        var result = await Import().ImportAsync(CsvSource.FromText(csv), "importer (k1)", CancellationToken.None);

        Assert.Equal((3, 0, 1), (result.RowsRead, result.Imported, result.Rejected));
        Assert.Equal("row 4, column A (unit_id): 'baotou.civil-affairs' is also at row 2; each unit must appear once", Assert.Single(result.FirstErrors).ToString());
        Assert.Null(await _store.FindAsync("baotou.civil-affairs", CancellationToken.None));
        Assert.Null(await _store.FindAsync("baotou.education", CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_LeavesOneRowPerUnit()
    {
        var contacts = DemoUnitContacts.Generate(Directory).Take(150).ToList();
        var csv = new StringWriter();
        UnitContactCsv.Write(csv, contacts.Select(contact => (contact.UnitId, new UnitContactValues(contact.WeComUserIds, contact.Phones, contact.Emails))));

        var import = Import();
        var first = await import.ImportAsync(CsvSource.FromText(csv.ToString()), "importer (k1)", CancellationToken.None);
        var second = await import.ImportAsync(CsvSource.FromText(csv.ToString()), "importer (k1)", CancellationToken.None);

        Assert.Equal((150, 150, 0), (first.RowsRead, first.Imported, first.Rejected));
        Assert.Equal((150, 150, 0), (second.RowsRead, second.Imported, second.Rejected));
        var stored = await _store.FindManyAsync(contacts.Select(contact => contact.UnitId), CancellationToken.None);
        Assert.Equal(150, stored.Count);
        Assert.All(contacts, contact => Assert.Equal(contact, stored[contact.UnitId]));
    }

    [Fact]
    public async Task ImportAsync_UnknownColumn_RejectsTheHeaderAndWritesNothing()
    {
        await DeleteAsync(["baotou.health"]);
        var csv = "unit_id,fax\nbaotou.health,123\n";

        var result = await Import().ImportAsync(CsvSource.FromText(csv), "importer (k1)", CancellationToken.None);

        Assert.True(result.HeaderRejected);
        Assert.Null(await _store.FindAsync("baotou.health", CancellationToken.None));
    }

    [Fact]
    public async Task FindManyAsync_SomeUnitsWithoutContacts_ReturnsOnlyThoseWithContacts()
    {
        await DeleteAsync(["baotou.justice"]);
        var demo = DemoUnitContacts.Generate(Directory).Single(contact => contact.UnitId == "baotou.education");
        await _store.UpsertBatchAsync([demo], CancellationToken.None);

        var found = await _store.FindManyAsync(["baotou.education", "baotou.justice"], CancellationToken.None);

        Assert.Equal(["baotou.education"], found.Keys);
        Assert.Contains(await _store.ListAsync(CancellationToken.None), contact => contact.UnitId == "baotou.education");
    }

    private async Task DeleteAsync(IEnumerable<string> unitIds)
    {
        foreach (var unitId in unitIds)
        {
            if (await _table.GetEntityOrDefaultAsync(UnitContactStore.Partition, unitId) is not null)
            {
                await _table.DeleteEntityAsync(UnitContactStore.Partition, unitId);
            }
        }
    }

    private UnitContactImport Import() => new(_store, Directory, new AuditTrail(_loggers));
}
