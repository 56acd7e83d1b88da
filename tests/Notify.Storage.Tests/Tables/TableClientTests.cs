using Azure;
using Notify.Storage.Tables;
using Notify.Testing;

namespace Notify.Storage.Tests.Tables;

public sealed class TableClientTests : IAsyncLifetime
{
    private readonly TableClient _table = TestStorage.Account.GetTableClient(TestStorage.UniqueTableName("Entities"));

    public Task InitializeAsync() => _table.CreateIfNotExistsAsync();

    public Task DisposeAsync() => _table.DeleteIfExistsAsync();

    [Fact]
    public async Task AddEntityAsync_TypedProperties_RoundTripWithTheirTypes()
    {
        var due = new DateTimeOffset(2027, 2, 25, 15, 59, 59, TimeSpan.FromHours(8)).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p1", "r1")
        {
            ["Text"] = "尊敬的居民：您的2027年度医保缴费标准为280元。",
            ["Count"] = 42,
            ["Big"] = (1L << 53) + 1,
            ["Small64"] = 7L,
            ["Due"] = due,
            ["CreatedUtc"] = new DateTime(2026, 8, 25, 0, 0, 0, DateTimeKind.Utc),
            ["Id"] = id,
            ["Payload"] = new byte[] { 0, 1, 2, 250, 255 },
            ["Whole"] = 2.0,
            ["Fraction"] = 0.1,
            ["Huge"] = 1e300,
            ["Flag"] = true,
            ["Off"] = false,
        };

        var etag = await _table.AddEntityAsync(entity);
        var read = await _table.GetEntityOrDefaultAsync("p1", "r1");

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal("尊敬的居民：您的2027年度医保缴费标准为280元。", read.GetString("Text"));
        Assert.Equal(42, read["Count"]);
        Assert.Equal((1L << 53) + 1, read["Big"]);
        Assert.Equal(7L, read["Small64"]);
        Assert.Equal(due, read.GetDateTimeOffset("Due"));
        Assert.Equal(TimeSpan.Zero, read.GetDateTimeOffset("Due")!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 8, 25, 0, 0, 0, TimeSpan.Zero), read["CreatedUtc"]);
        Assert.Equal(id, read.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 2, 250, 255 }, read.GetBinary("Payload"));
        Assert.Equal(2.0, read["Whole"]);
        Assert.IsType<double>(read["Whole"]);
        Assert.Equal(0.1, read["Fraction"]);
        Assert.Equal(1e300, read["Huge"]);
        Assert.Equal(true, read["Flag"]);
        Assert.Equal(false, read.GetBoolean("Off"));
        Assert.Equal(13, read.Properties.Count);
    }

    [Fact]
    public async Task AddEntityAsync_NonFiniteDoubles_RoundTrip()
    {
        var entity = new TableEntity("p", "nan") { ["NaN"] = double.NaN, ["Up"] = double.PositiveInfinity, ["Down"] = double.NegativeInfinity };

        await _table.AddEntityAsync(entity);
        var read = await _table.GetEntityOrDefaultAsync("p", "nan");

        Assert.True(double.IsNaN(read!.GetDouble("NaN")!.Value));
        Assert.Equal(double.PositiveInfinity, read.GetDouble("Up"));
        Assert.Equal(double.NegativeInfinity, read.GetDouble("Down"));
    }

    [Fact]
    public async Task AddEntityAsync_ExistingRow_Throws409EntityAlreadyExists()
    {
        await _table.AddEntityAsync(new TableEntity("p", "dup"));

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => _table.AddEntityAsync(new TableEntity("p", "dup")));

        Assert.Equal(409, error.Status);
        Assert.Equal(StorageErrorCodes.EntityAlreadyExists, error.ErrorCode);
        Assert.Contains($"table '{_table.Name}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AddEntity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateEntityAsync_StaleETag_Throws412UpdateConditionNotSatisfied()
    {
        var first = await _table.AddEntityAsync(new TableEntity("p", "etag") { ["Status"] = "Queued" });
        var second = await _table.UpdateEntityAsync(new TableEntity("p", "etag") { ["Status"] = "Sending" }, first);

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => _table.UpdateEntityAsync(new TableEntity("p", "etag") { ["Status"] = "Sent" }, first));

        Assert.NotEqual(first, second);
        Assert.Equal(412, error.Status);
        Assert.Equal(StorageErrorCodes.UpdateConditionNotSatisfied, error.ErrorCode);
        Assert.Equal("Sending", (await _table.GetEntityOrDefaultAsync("p", "etag"))!.GetString("Status"));
    }

    [Fact]
    public async Task UpdateEntityAsync_MissingRow_Throws404()
    {
        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => _table.UpdateEntityAsync(new TableEntity("p", "nothing"), ETag.All));

        Assert.Equal(404, error.Status);
        Assert.Equal(StorageErrorCodes.ResourceNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task UpdateEntityAsync_Merge_KeepsPropertiesNotSent()
    {
        var etag = await _table.AddEntityAsync(new TableEntity("p", "merge") { ["A"] = 1, ["B"] = "b" });

        await _table.UpdateEntityAsync(new TableEntity("p", "merge") { ["A"] = 2 }, etag, TableUpdateMode.Merge);
        var read = await _table.GetEntityOrDefaultAsync("p", "merge");

        Assert.Equal(2, read!.GetInt32("A"));
        Assert.Equal("b", read.GetString("B"));
    }

    [Fact]
    public async Task UpsertEntityAsync_ReplaceThenMerge_InsertsReplacesAndMerges()
    {
        await _table.UpsertEntityAsync(new TableEntity("p", "up") { ["A"] = 1, ["B"] = "b" });
        await _table.UpsertEntityAsync(new TableEntity("p", "up") { ["A"] = 2 });
        var replaced = await _table.GetEntityOrDefaultAsync("p", "up");
        await _table.UpsertEntityAsync(new TableEntity("p", "up") { ["C"] = 3L }, TableUpdateMode.Merge);
        var merged = await _table.GetEntityOrDefaultAsync("p", "up");

        Assert.Equal(2, replaced!.GetInt32("A"));
        Assert.Null(replaced["B"]);
        Assert.Equal(2, merged!.GetInt32("A"));
        Assert.Equal(3L, merged.GetInt64("C"));
    }

    [Fact]
    public async Task DeleteEntityAsync_WithCurrentETag_RemovesTheRowAndStaleETagFails()
    {
        var first = await _table.AddEntityAsync(new TableEntity("p", "del"));
        var second = await _table.UpsertEntityAsync(new TableEntity("p", "del") { ["X"] = 1 });

        var stale = await Assert.ThrowsAsync<StorageRequestException>(() => _table.DeleteEntityAsync("p", "del", first));
        await _table.DeleteEntityAsync("p", "del", second);

        Assert.Equal(412, stale.Status);
        Assert.Null(await _table.GetEntityOrDefaultAsync("p", "del"));
    }

    [Fact]
    public async Task DeleteEntityAsync_MissingRow_Throws404()
    {
        var error = await Assert.ThrowsAsync<StorageRequestException>(() => _table.DeleteEntityAsync("p", "never"));

        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task GetEntityOrDefaultAsync_MissingRow_ReturnsNull()
    {
        Assert.Null(await _table.GetEntityOrDefaultAsync("p", "absent"));
    }

    [Fact]
    public async Task GetEntityOrDefaultAsync_MissingTable_ThrowsTableNotFound()
    {
        var missing = TestStorage.Account.GetTableClient(TestStorage.UniqueTableName("Missing"));

        var error = await Assert.ThrowsAsync<StorageRequestException>(() => missing.GetEntityOrDefaultAsync("p", "r"));

        Assert.Equal(404, error.Status);
        Assert.Equal(StorageErrorCodes.TableNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task GetEntityOrDefaultAsync_WithSelect_ReturnsOnlySelectedPropertiesAndKeys()
    {
        await _table.AddEntityAsync(new TableEntity("p", "sel") { ["A"] = 1, ["B"] = "b", ["C"] = true });

        var read = await _table.GetEntityOrDefaultAsync("p", "sel", ["B"]);

        Assert.Equal("p", read!.PartitionKey);
        Assert.Equal("sel", read.RowKey);
        Assert.Equal("b", read.GetString("B"));
        Assert.Null(read["A"]);
        Assert.NotNull(read.ETag);
    }

    [Fact]
    public async Task Operations_ChineseAndQuotedKeysAndValues_AreSignedAndRoundTrip()
    {
        const string partitionKey = "包头市民政局 '稀土高新区' & 100% (测试)";
        const string rowKey = "通知=第1号+附件;2027年'特困'人员";
        var entity = new TableEntity(partitionKey, rowKey) { ["内容"] = "请于每月16日前报送。", ["Unit"] = "市民政局、旗医保局" };

        var etag = await _table.AddEntityAsync(entity);
        var read = await _table.GetEntityOrDefaultAsync(partitionKey, rowKey);
        await _table.UpdateEntityAsync(new TableEntity(partitionKey, rowKey) { ["Unit"] = "旗医保局" }, etag, TableUpdateMode.Merge);
        var found = await _table.QueryAsync(TableFilter.Create($"PartitionKey eq {partitionKey} and RowKey eq {rowKey}")).ToListAsync();
        await _table.DeleteEntityAsync(partitionKey, rowKey);

        Assert.Equal(partitionKey, read!.PartitionKey);
        Assert.Equal(rowKey, read.RowKey);
        Assert.Equal("请于每月16日前报送。", read.GetString("内容"));
        var single = Assert.Single(found);
        Assert.Equal("旗医保局", single.GetString("Unit"));
        Assert.Equal("请于每月16日前报送。", single.GetString("内容"));
        Assert.Null(await _table.GetEntityOrDefaultAsync(partitionKey, rowKey));
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_ExistingTable_Succeeds()
    {
        await _table.CreateIfNotExistsAsync();
    }

    [Fact]
    public async Task DeleteIfExistsAsync_MissingTable_Succeeds()
    {
        await TestStorage.Account.GetTableClient(TestStorage.UniqueTableName("Gone")).DeleteIfExistsAsync();
    }
}
