using Notify.Core.Registry;
using Notify.Functions.Registry;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Eligibility;
using Notify.Testing;
using Azure.Data.Tables;

namespace Notify.Functions.Tests.Registry;

public sealed class ResidentIndexTests : IAsyncLifetime
{
    private readonly EligibilityFixture _fixture = new();
    private readonly TableClient _residents = TestAccount.Clients.GetTableClient(Tables.Residents);
    private readonly TableClient _index = TestAccount.Clients.GetTableClient(Tables.ResidentIndex);

    public Task InitializeAsync() => EligibilityFixture.CreateTablesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UpsertBatchAsync_ThenFindByIdAsync_FindsEachResidentInItsRegion()
    {
        var residents = new ResidentGenerator(11, new DateOnly(2026, 11, 1)).Generate(250).Select(resident => resident with { Id = _fixture.Prefix + resident.Id }).ToList();

        await _fixture.Residents.UpsertBatchAsync(residents, CancellationToken.None);

        foreach (var resident in residents.Take(40))
        {
            Assert.Equal(resident, await _fixture.Residents.FindByIdAsync(resident.Id, CancellationToken.None));
        }

        Assert.Null(await _fixture.Residents.FindByIdAsync(_fixture.Prefix + "nobody", CancellationToken.None));
    }

    [Fact]
    public async Task UpsertBatchAsync_RegionChanged_LeavesOneRowInTheNewRegionAndAFinishedIndex()
    {
        var resident = _fixture.Person("mover");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);

        await _fixture.Residents.UpsertBatchAsync([resident with { Region = "jalaid.yinder" }], CancellationToken.None);

        Assert.Null(await _fixture.Residents.FindAsync("baotou.kundulun", resident.Id, CancellationToken.None));
        Assert.NotNull(await _fixture.Residents.FindAsync("jalaid.yinder", resident.Id, CancellationToken.None));
        var entry = await _fixture.Residents.ReadIndexAsync(resident.Id, CancellationToken.None);
        Assert.Equal(("jalaid.yinder", 0), (entry!.Region, entry.MovingFrom.Count));
    }

    [Fact]
    public async Task MoveInterruptedBeforeTheNewRowWasWritten_StillFindsTheResidentAndReapplyingFinishesTheMove()
    {
        var resident = _fixture.Person("crash");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        // What a crash right after the first step of a move leaves: the index names the new region and the one being left.
        await _index.UpsertEntityAsync(new TableEntity(ResidentIndexKeys.IdPartition(resident.Id), resident.Id)
        {
            ["Region"] = "jalaid.yinder",
            ["BirthDate"] = "1970-01-01",
            ["MovingFrom"] = "baotou.kundulun",
        });

        Assert.Equal("baotou.kundulun", (await _fixture.Residents.FindByIdAsync(resident.Id, CancellationToken.None))!.Region);

        var change = new ResidentChange(resident.Id, Region: "jalaid.yinder");
        await _fixture.Residents.ApplyChangeAsync("change-1", change, CancellationToken.None);
        var again = await _fixture.Residents.ApplyChangeAsync("change-1", change, CancellationToken.None);

        Assert.Equal(("baotou.kundulun", "jalaid.yinder"), (again!.Before.Region, again.After.Region));
        Assert.Null(await _residents.GetEntityOrDefaultAsync("baotou.kundulun", resident.Id));
        Assert.NotNull(await _residents.GetEntityOrDefaultAsync("jalaid.yinder", resident.Id));
        Assert.Empty((await _fixture.Residents.ReadIndexAsync(resident.Id, CancellationToken.None))!.MovingFrom);
    }

    [Fact]
    public async Task MoveInterruptedBeforeTheOldRowWasDeleted_RedeliveryDeletesItAndReportsTheSameChange()
    {
        var resident = _fixture.Person("half");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        var change = new ResidentChange(resident.Id, Region: "jalaid.yinder");
        await _fixture.Residents.ApplyChangeAsync("change-2", change, CancellationToken.None);
        // Put back what a crash before the delete would have left: the old row, and the index still leaving it.
        await _residents.UpsertEntityAsync(ResidentEntities.ToEntity(resident));
        await _index.UpsertEntityAsync(new TableEntity(ResidentIndexKeys.IdPartition(resident.Id), resident.Id)
        {
            ["Region"] = "jalaid.yinder",
            ["BirthDate"] = "1970-01-01",
            ["MovingFrom"] = "baotou.kundulun",
        });

        var redelivered = await _fixture.Residents.ApplyChangeAsync("change-2", change, CancellationToken.None);

        Assert.Equal(("baotou.kundulun", "jalaid.yinder"), (redelivered!.Before.Region, redelivered.After.Region));
        Assert.Null(await _residents.GetEntityOrDefaultAsync("baotou.kundulun", resident.Id));
        Assert.Empty((await _fixture.Residents.ReadIndexAsync(resident.Id, CancellationToken.None))!.MovingFrom);
    }
}
