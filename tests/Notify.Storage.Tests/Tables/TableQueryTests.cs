using Notify.Storage.Tables;
using Notify.Testing;

namespace Notify.Storage.Tests.Tables;

public sealed class TableQueryTests : IAsyncLifetime
{
    private const int EntityCount = 1250;

    private readonly TableClient _table = TestStorage.Account.GetTableClient(TestStorage.UniqueTableName("Paging"));

    public async Task InitializeAsync()
    {
        await _table.CreateIfNotExistsAsync();
        var actions = Enumerable.Range(0, EntityCount)
            .Select(i => new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity("region-150200", $"resident-{i:D5}") { ["Index"] = i, ["Even"] = i % 2 == 0 }))
            .Chunk(TableClient.MaxActionsPerTransaction);
        foreach (var batch in actions)
        {
            await _table.SubmitTransactionAsync(batch);
        }

        await _table.AddEntityAsync(new TableEntity("region-150100", "other") { ["Index"] = -1 });
    }

    public Task DisposeAsync() => _table.DeleteIfExistsAsync();

    [Fact]
    public async Task QueryAsync_MoreThanOneThousandEntitiesWithPageSize_FollowsContinuationsInKeyOrder()
    {
        var filter = TableFilter.Create($"PartitionKey eq {"region-150200"}");

        var entities = await _table.QueryAsync(filter, maxPerPage: 100).ToListAsync();

        Assert.Equal(EntityCount, entities.Count);
        Assert.Equal(Enumerable.Range(0, EntityCount), entities.Select(e => e.GetInt32("Index")!.Value));
        Assert.All(entities, e => Assert.NotNull(e.ETag));
    }

    [Fact]
    public async Task QueryAsync_NoPageSize_ReturnsEverythingAcrossServicePages()
    {
        var entities = await _table.QueryAsync().ToListAsync();

        Assert.Equal(EntityCount + 1, entities.Count);
    }

    [Fact]
    public async Task QueryAsync_PropertyFilterAndSelect_ReturnsMatchingEntitiesWithSelectedProperties()
    {
        var filter = TableFilter.Create($"PartitionKey eq {"region-150200"} and Index ge {1000} and Even eq {true}");

        var entities = await _table.QueryAsync(filter, ["Index"], maxPerPage: 7).ToListAsync();

        Assert.Equal(125, entities.Count);
        Assert.All(entities, e =>
        {
            Assert.True(e.GetInt32("Index") >= 1000);
            Assert.Null(e["Even"]);
            Assert.StartsWith("resident-", e.RowKey, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task QueryAsync_NothingMatches_ReturnsEmpty()
    {
        Assert.Empty(await _table.QueryAsync(TableFilter.Create($"PartitionKey eq {"nowhere"}")).ToListAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task QueryAsync_PageSizeOutOfRange_ThrowsArgumentOutOfRange(int maxPerPage)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _table.QueryAsync(maxPerPage: maxPerPage).ToListAsync().AsTask());
    }
}
