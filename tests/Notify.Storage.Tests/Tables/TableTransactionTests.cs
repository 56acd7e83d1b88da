using Azure;
using Notify.Storage.Tables;
using Notify.Testing;

namespace Notify.Storage.Tests.Tables;

public sealed class TableTransactionTests : IAsyncLifetime
{
    private readonly TableClient _table = TestStorage.Account.GetTableClient(TestStorage.UniqueTableName("Batches"));

    public Task InitializeAsync() => _table.CreateIfNotExistsAsync();

    public Task DisposeAsync() => _table.DeleteIfExistsAsync();

    [Fact]
    public async Task SubmitTransactionAsync_ExactlyOneHundredAdds_AppliesAllAndReturnsETags()
    {
        var actions = Enumerable.Range(0, 100).Select(i => Add("batch", $"r{i:D3}", i)).ToList();

        var etags = await _table.SubmitTransactionAsync(actions);

        Assert.Equal(100, etags.Count);
        Assert.All(etags, e => Assert.NotNull(e));
        Assert.Equal(100, await _table.QueryAsync(TableFilter.Create($"PartitionKey eq {"batch"}")).CountAsync());
    }

    [Fact]
    public async Task SubmitTransactionAsync_OneHundredAndOneActions_ThrowsArgumentExceptionBeforeSending()
    {
        var actions = Enumerable.Range(0, 101).Select(i => Add("batch", $"r{i:D3}", i)).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Contains("101", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task SubmitTransactionAsync_TwoPartitions_ThrowsArgumentException()
    {
        TableTransactionAction[] actions = [Add("a", "1", 1), Add("b", "2", 2)];

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Contains("PartitionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitTransactionAsync_SameRowTwice_ThrowsArgumentException()
    {
        TableTransactionAction[] actions = [Add("a", "1", 1), new(TableTransactionActionType.UpsertMerge, new TableEntity("a", "1"))];

        await Assert.ThrowsAsync<ArgumentException>(() => _table.SubmitTransactionAsync(actions));
    }

    [Fact]
    public async Task SubmitTransactionAsync_NoActions_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _table.SubmitTransactionAsync([]));
    }

    [Fact]
    public async Task SubmitTransactionAsync_DuplicateInsertInTheMiddle_ReportsItsIndexAndAppliesNothing()
    {
        await _table.AddEntityAsync(new TableEntity("fail", "existing"));
        TableTransactionAction[] actions = [Add("fail", "new-1", 1), Add("fail", "new-2", 2), Add("fail", "existing", 3), Add("fail", "new-3", 4)];

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Equal(2, error.FailedActionIndex);
        Assert.Equal(StorageErrorCodes.EntityAlreadyExists, error.ErrorCode);
        Assert.Equal(409, error.Status);
        Assert.Contains("action 2", error.Message, StringComparison.Ordinal);
        Assert.Null(await _table.GetEntityOrDefaultAsync("fail", "new-1"));
        Assert.Null(await _table.GetEntityOrDefaultAsync("fail", "new-2"));
        Assert.Single(await _table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task SubmitTransactionAsync_StaleETagOnUpdate_ReportsUpdateConditionNotSatisfied()
    {
        var stale = await _table.AddEntityAsync(new TableEntity("etag", "row") { ["V"] = 1 });
        await _table.UpsertEntityAsync(new TableEntity("etag", "row") { ["V"] = 2 });
        TableTransactionAction[] actions =
        [
            Add("etag", "other", 1),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("etag", "row") { ["V"] = 3 }, stale),
        ];

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _table.SubmitTransactionAsync(actions));

        Assert.Equal(1, error.FailedActionIndex);
        Assert.Equal(StorageErrorCodes.UpdateConditionNotSatisfied, error.ErrorCode);
        Assert.Equal(2, (await _table.GetEntityOrDefaultAsync("etag", "row"))!.GetInt32("V"));
    }

    [Fact]
    public async Task SubmitTransactionAsync_EveryActionType_AppliesInOrder()
    {
        var replaceETag = await _table.AddEntityAsync(new TableEntity("mix", "replace") { ["A"] = 1, ["B"] = 1 });
        await _table.AddEntityAsync(new TableEntity("mix", "merge") { ["A"] = 1, ["B"] = 1 });
        await _table.AddEntityAsync(new TableEntity("mix", "delete"));
        await _table.AddEntityAsync(new TableEntity("mix", "upsert-merge") { ["A"] = 1 });
        TableTransactionAction[] actions =
        [
            Add("mix", "add", 1),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("mix", "upsert-replace") { ["A"] = 5 }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("mix", "upsert-merge") { ["B"] = "b" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("mix", "replace") { ["A"] = 2 }, replaceETag),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("mix", "merge") { ["A"] = 2 }),
            new(TableTransactionActionType.Delete, new TableEntity("mix", "delete")),
        ];

        var etags = await _table.SubmitTransactionAsync(actions);

        Assert.Equal(6, etags.Count);
        Assert.All(etags.Take(5), e => Assert.NotNull(e));
        Assert.Null(etags[5]);
        Assert.Equal(etags[3], (await _table.GetEntityOrDefaultAsync("mix", "replace"))!.ETag);
        Assert.Null((await _table.GetEntityOrDefaultAsync("mix", "replace"))!["B"]);
        Assert.Equal(1, (await _table.GetEntityOrDefaultAsync("mix", "merge"))!.GetInt32("B"));
        Assert.Equal("b", (await _table.GetEntityOrDefaultAsync("mix", "upsert-merge"))!.GetString("B"));
        Assert.Equal(5, (await _table.GetEntityOrDefaultAsync("mix", "upsert-replace"))!.GetInt32("A"));
        Assert.Null(await _table.GetEntityOrDefaultAsync("mix", "delete"));
    }

    [Fact]
    public async Task SubmitTransactionAsync_ChineseKeysAndValues_AreApplied()
    {
        const string partitionKey = "达茂旗 '百灵庙镇'";
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity(partitionKey, "居民-001") { ["姓名"] = "乌云 'Ü'", ["Age"] = 80 }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity(partitionKey, "居民-002 & 100%") { ["姓名"] = "巴特尔" }),
        ];

        await _table.SubmitTransactionAsync(actions);

        Assert.Equal("乌云 'Ü'", (await _table.GetEntityOrDefaultAsync(partitionKey, "居民-001"))!.GetString("姓名"));
        Assert.Equal("巴特尔", (await _table.GetEntityOrDefaultAsync(partitionKey, "居民-002 & 100%"))!.GetString("姓名"));
    }

    private static TableTransactionAction Add(string partitionKey, string rowKey, int value) =>
        new(TableTransactionActionType.Add, new TableEntity(partitionKey, rowKey) { ["Value"] = value, ["Note"] = "批量" });
}
