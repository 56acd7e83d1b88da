using System.Text;
using Notify.Core.Csv;
using Notify.Core.Registry;
using Notify.Functions.Registry;
using Notify.Functions.Storage;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Registry;

/// <summary>The Residents table name is fixed, so every test writes ids under its own unique prefix.</summary>
public sealed class ResidentStoreTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 11, 1);

    private readonly string _prefix = TestStorage.UniqueTableName("T") + "-";
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
    private readonly TableClient _table = TestAccount.Clients.GetTableClient(Tables.Residents);
    private readonly ResidentStore _store = new(TestAccount.Clients);

    public async Task InitializeAsync()
    {
        await _table.CreateIfNotExistsAsync();
        await TestAccount.Clients.GetTableClient(Tables.ResidentIndex).CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync()
    {
        await foreach (var entity in _table.QueryAsync<TableEntity>(PrefixFilter(), select: ["PartitionKey", "RowKey"]))
        {
            await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey);
        }
    }

    [Fact]
    public async Task ImportAsync_GeneratedCsvTwice_StoresEachResidentOnce()
    {
        var csv = GeneratedCsv(2_000);
        var import = new ResidentImport(_store, _time);

        var first = await import.ImportAsync(CsvSource.FromText(csv), CancellationToken.None);
        var second = await import.ImportAsync(CsvSource.FromText(csv), CancellationToken.None);

        Assert.Equal((2_000, 2_000, 0), (first.RowsRead, first.Imported, first.Rejected));
        Assert.Equal((2_000, 2_000, 0), (second.RowsRead, second.Imported, second.Rejected));
        Assert.Equal(2_000, await CountStoredAsync());
    }

    [Fact]
    public async Task ImportAsync_RowsWithErrors_ReportsRowNumbersAndStoresNothing()
    {
        var csv = new StringBuilder(ResidentCsv.Header).Append('\n')
            .Append(_prefix).Append("ok,张三,13800000000,,,baotou.kundulun,1960-03-01,城镇居民,,2026,zh,sms,sms:in\n")
            .Append(_prefix).Append("future,李四,,,,baotou.kundulun,2099-01-01,城镇居民,,,zh,,\n")
            .Append(_prefix).Append("nowhere,王五,,,,atlantis,1970-01-01,城镇居民,,,zh,,\n")
            .Append(_prefix).Append("slash/id,赵六,,,,baotou.kundulun,1970-01-01,城镇居民,,,zh,,\n")
            .ToString();

        var result = await new ResidentImport(_store, _time).ImportAsync(CsvSource.FromText(csv), CancellationToken.None);

        Assert.Equal((4, 0, 3), (result.RowsRead, result.Imported, result.Rejected));
        Assert.Equal([3, 4, 5], result.FirstErrors.Select(error => error.Row).Distinct());
        Assert.Contains(result.FirstErrors, error => error.ToString().StartsWith("row 3, column G (birth_date): ", StringComparison.Ordinal));
        Assert.Contains(result.FirstErrors, error => error.ToString().StartsWith("row 4, column F (region): ", StringComparison.Ordinal));
        Assert.Contains(result.FirstErrors, error => error.ToString().StartsWith("row 5, column A (id): ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.FirstErrors, error => error.Message.Contains("李四", StringComparison.Ordinal));
        Assert.Null(await _store.FindAsync("baotou.kundulun", _prefix + "ok", CancellationToken.None));
        Assert.Equal(0, await CountStoredAsync());
    }

    [Fact]
    public async Task ImportAsync_SameIdTwiceInOneFile_RefusesTheFileNamingTheIdAndBothRows()
    {
        var csv = new StringBuilder(ResidentCsv.Header).Append('\n')
            .Append(_prefix).Append("a,张三,13800000000,,,baotou.kundulun,1960-03-01,城镇居民,,2026,zh,sms,sms:in\n")
            .Append(_prefix).Append("b,李四,,,,baotou.kundulun,1970-01-01,城镇居民,,,zh,,\n")
            .Append('\n')
            .Append(_prefix).Append("a,王五,,,,jalaid.yinder,1971-01-01,城镇居民,,,zh,,\n")
            .ToString();

        var result = await new ResidentImport(_store, _time).ImportAsync(CsvSource.FromText(csv), CancellationToken.None);

        Assert.Equal((3, 0, 1), (result.RowsRead, result.Imported, result.Rejected));
        var error = Assert.Single(result.FirstErrors);
        Assert.Equal($"row 5, column A (id): '{_prefix}a' is also at row 2; each resident must appear once", error.ToString());
        Assert.Equal(0, await CountStoredAsync());
    }

    [Fact]
    public async Task ImportAsync_SameIdInALaterImport_UpdatesTheResident()
    {
        var import = new ResidentImport(_store, _time);
        var first = ResidentCsv.Header + "\n" + _prefix + "a,张三,13800000000,,,baotou.kundulun,1960-03-01,城镇居民,,2026,zh,sms,sms:in\n";
        var second = ResidentCsv.Header + "\n" + _prefix + "a,张三,13800000001,,,jalaid.yinder,1960-03-01,城镇居民,,2027,zh,sms,sms:in\n";

        await import.ImportAsync(CsvSource.FromText(first), CancellationToken.None);
        var result = await import.ImportAsync(CsvSource.FromText(second), CancellationToken.None);

        Assert.Equal(1, result.Imported);
        var stored = await _store.FindByIdAsync(_prefix + "a", CancellationToken.None);
        Assert.Equal(("jalaid.yinder", "+8613800000001", 2027), (stored!.Region, stored.Phone, stored.PaidThroughYear));
        Assert.Equal(1, await CountStoredAsync());
    }

    [Fact]
    public async Task ImportAsync_ManyErrors_ReportsOnlyTheFirstTwenty()
    {
        var csv = new StringBuilder(ResidentCsv.Header).Append('\n');
        for (var i = 0; i < 30; i++)
        {
            csv.Append(_prefix).Append(i).Append(",张三,,,,atlantis,1970-01-01,城镇居民,,,zh,,\n");
        }

        var result = await new ResidentImport(_store, _time).ImportAsync(CsvSource.FromText(csv.ToString()), CancellationToken.None);

        Assert.Equal(30, result.Rejected);
        Assert.Equal(ResidentImport.MaxReportedErrors, result.FirstErrors.Count);
        Assert.Equal(2, result.FirstErrors[0].Row);
    }

    [Fact]
    public async Task UpsertBatchAsync_MixedRegionsOverOneHundred_WritesEachRegionInItsOwnTransactions()
    {
        // The client rejects a transaction spanning partitions, so this succeeding shows batches never mix regions.
        var residents = new ResidentGenerator(7, AsOf).Generate(450).Select(resident => resident with { Id = _prefix + resident.Id }).ToList();
        Assert.True(residents.Select(resident => resident.Region).Distinct().Count() > 3);

        await _store.UpsertBatchAsync(residents, CancellationToken.None);

        Assert.Equal(450, await CountStoredAsync());
        var region = residents[0].Region;
        var inRegion = 0;
        await foreach (var stored in _store.QueryRegionAsync(region, CancellationToken.None))
        {
            Assert.Equal(region, stored.Region);
            inRegion += stored.Id.StartsWith(_prefix, StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.Equal(residents.Count(resident => resident.Region == region), inRegion);
    }

    [Fact]
    public async Task FindAsync_AfterUpsert_ReturnsTheResidentUnchanged()
    {
        var full = new Resident(
            _prefix + "full", "巴特尔", "+8613800000000", "oAbc-_123", "a@example.com", "jalaid.yinder", new DateOnly(1950, 2, 28),
            ResidentCategories.FarmersAndHerders, new HashSet<string> { ResidentFlags.All[0], ResidentFlags.All[4] }, 2026,
            ResidentLanguages.Mongolian, [ResidentChannels.WeChat, ResidentChannels.Sms],
            new Dictionary<string, bool> { [ResidentChannels.WeChat] = true, [ResidentChannels.Sms] = false });
        var sparse = new Resident(
            _prefix + "sparse", "王芳", null, null, null, "baotou.kundulun", new DateOnly(2020, 1, 1),
            ResidentCategories.PreschoolChildren, new HashSet<string>(), null, ResidentLanguages.Chinese, [], new Dictionary<string, bool>());

        await _store.UpsertBatchAsync([full, sparse], CancellationToken.None);

        Assert.Equal(full, await _store.FindAsync(full.Region, full.Id, CancellationToken.None));
        Assert.Equal(sparse, await _store.FindAsync(sparse.Region, sparse.Id, CancellationToken.None));
    }

    private string GeneratedCsv(int count)
    {
        using var writer = new StringWriter();
        ResidentCsv.Write(writer, new ResidentGenerator(42, AsOf).Generate(count).Select(resident => resident with { Id = _prefix + resident.Id }), CancellationToken.None);

        return writer.ToString();
    }

    private string PrefixFilter() => TableClient.CreateQueryFilter($"RowKey ge {_prefix} and RowKey lt {_prefix[..^1] + "."}");

    private async Task<int> CountStoredAsync()
    {
        var count = 0;
        await foreach (var _ in _table.QueryAsync<TableEntity>(PrefixFilter(), select: ["PartitionKey", "RowKey"]))
        {
            count++;
        }

        return count;
    }
}
