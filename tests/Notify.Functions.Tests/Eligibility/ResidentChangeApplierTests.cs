using Notify.Core.Audiences;
using Notify.Core.Registry;
using Notify.Core.Residents;
using Notify.Functions.Deliver;
using Notify.Functions.Notices;

namespace Notify.Functions.Tests.Eligibility;

public sealed class ResidentChangeApplierTests : IAsyncLifetime
{
    private readonly EligibilityFixture _fixture = new();

    public Task InitializeAsync() => EligibilityFixture.CreateTablesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ApplyAsync_PaidThroughTheCoverageYear_CancelsEveryPendingReminderWithTheReason()
    {
        var resident = _fixture.Person("paid", paidThroughYear: 2042);
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        var notice = await _fixture.SaveNoticeAsync(new ResidentAudience { Regions = ["baotou"] }, unpaidOnly: true, resident);

        var outcome = await _fixture.Applier.ApplyAsync(_fixture.Message(new ResidentChange(resident.Id, PaidThroughYear: 2043)), CancellationToken.None);

        Assert.Equal(new Functions.Eligibility.EligibilityOutcome(0, 2), outcome);
        foreach (var occurrenceId in new[] { "closing-1", "closing-2" })
        {
            var delivery = await _fixture.DeliveryAsync(notice, occurrenceId, resident);
            Assert.Equal(DeliveryStatus.Cancelled, delivery!.Status);
            Assert.Equal("contributions paid through 2043 (change received 2043-03-10 10:00 +08:00)", delivery.Reason);
        }

        Assert.Equal(2043, (await _fixture.Residents.FindByIdAsync(resident.Id, CancellationToken.None))!.PaidThroughYear);
    }

    public static TheoryData<string> Changes => ["birthDate", "category", "flags"];

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task ApplyAsync_ChangeMakesNewlyEligible_SchedulesOneNewlyEligibleOccurrenceOnlyOnce(string field)
    {
        var resident = _fixture.Person("new-" + field, birthDate: new DateOnly(1990, 1, 1), category: ResidentCategories.Employees);
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        var audience = field switch
        {
            "birthDate" => new ResidentAudience { MinAge = 60 },
            "category" => new ResidentAudience { Categories = [ResidentCategories.UrbanResidents] },
            _ => new ResidentAudience { Flags = [ResidentGroups.Disabled] },
        };
        var change = field switch
        {
            "birthDate" => new ResidentChange(resident.Id, BirthDate: new DateOnly(1980, 1, 1)),
            "category" => new ResidentChange(resident.Id, Category: ResidentCategories.UrbanResidents),
            _ => new ResidentChange(resident.Id, AddFlags: [ResidentGroups.Disabled]),
        };
        var notice = await _fixture.SaveNoticeAsync(audience, unpaidOnly: false, resident);
        var message = _fixture.Message(change);

        var first = await _fixture.Applier.ApplyAsync(message, CancellationToken.None);
        _fixture.Clock.Advance(TimeSpan.FromHours(3));
        var redelivered = await _fixture.Applier.ApplyAsync(message, CancellationToken.None);
        var sentAgain = await _fixture.Applier.ApplyAsync(_fixture.Message(change), CancellationToken.None);

        Assert.Equal(1, first.Scheduled);
        Assert.Equal(1, redelivered.Scheduled);
        Assert.Equal(0, sentAgain.Scheduled);
        var row = Assert.Single(await EligibilityFixture.NewlyEligibleAsync(notice));
        Assert.Equal([resident.Id], row.ResidentIds);
        Assert.EndsWith($"|eligible-{resident.Id}-closing-1", row.Key, StringComparison.Ordinal);
        Assert.Equal(EligibilityFixture.Start, row.DueUtc);
    }

    [Fact]
    public async Task ApplyAsync_MovedOutOfTheRegion_CancelsWithTheReason()
    {
        var resident = _fixture.Person("away");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        var notice = await _fixture.SaveNoticeAsync(new ResidentAudience { Regions = ["baotou"] }, unpaidOnly: false, resident);

        var outcome = await _fixture.Applier.ApplyAsync(_fixture.Message(new ResidentChange(resident.Id, Region: "jalaid.yinder")), CancellationToken.None);

        Assert.Equal(2, outcome.Cancelled);
        var delivery = await _fixture.DeliveryAsync(notice, "closing-1", resident);
        Assert.Equal(DeliveryStatus.Cancelled, delivery!.Status);
        Assert.StartsWith("moved to jalaid.yinder", delivery.Reason, StringComparison.Ordinal);
        Assert.Null(await _fixture.Residents.FindAsync("baotou.kundulun", resident.Id, CancellationToken.None));
        Assert.Equal("jalaid.yinder", (await _fixture.Residents.FindByIdAsync(resident.Id, CancellationToken.None))!.Region);
    }

    [Fact]
    public async Task ApplyAsync_MovedWithinTheAudience_CancelsAndSchedulesNothing()
    {
        var resident = _fixture.Person("within");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        var notice = await _fixture.SaveNoticeAsync(new ResidentAudience { Regions = ["baotou"] }, unpaidOnly: false, resident);

        var outcome = await _fixture.Applier.ApplyAsync(_fixture.Message(new ResidentChange(resident.Id, Region: "baotou.qingshan")), CancellationToken.None);

        Assert.Equal(new Functions.Eligibility.EligibilityOutcome(0, 0), outcome);
        Assert.Null(await _fixture.DeliveryAsync(notice, "closing-1", resident));
        Assert.Empty(await EligibilityFixture.NewlyEligibleAsync(notice));
        Assert.Equal("baotou.qingshan", (await _fixture.Residents.FindByIdAsync(resident.Id, CancellationToken.None))!.Region);
    }

    [Fact]
    public async Task ApplyAsync_MovedIntoTheAudience_SchedulesNewlyEligible()
    {
        var resident = _fixture.Person("into", region: "jalaid.yinder");
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        var notice = await _fixture.SaveNoticeAsync(new ResidentAudience { Regions = ["baotou"] }, unpaidOnly: false, resident);

        var outcome = await _fixture.Applier.ApplyAsync(_fixture.Message(new ResidentChange(resident.Id, Region: "baotou.donghe")), CancellationToken.None);

        Assert.Equal(1, outcome.Scheduled);
        Assert.Single(await EligibilityFixture.NewlyEligibleAsync(notice));
    }

    [Fact]
    public async Task ApplyAsync_ChangeAt23InShanghai_SchedulesNewlyEligibleFor08NextMorning()
    {
        var late = new EligibilityFixture(new DateTimeOffset(2043, 3, 10, 23, 0, 0, TimeSpan.FromHours(8)));
        var resident = late.Person("night", category: ResidentCategories.Employees);
        await late.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        var notice = await late.SaveNoticeAsync(new ResidentAudience { Categories = [ResidentCategories.Students] }, unpaidOnly: false, resident);

        await late.Applier.ApplyAsync(late.Message(new ResidentChange(resident.Id, Category: ResidentCategories.Students)), CancellationToken.None);

        var row = Assert.Single(await EligibilityFixture.NewlyEligibleAsync(notice));
        Assert.Equal(new DateTimeOffset(2043, 3, 11, 8, 0, 0, TimeSpan.FromHours(8)), row.DueUtc);
    }

    [Fact]
    public async Task ApplyAsync_UnknownResident_DoesNothing()
    {
        var outcome = await _fixture.Applier.ApplyAsync(
            _fixture.Message(new ResidentChange(_fixture.Prefix + "nobody", Category: ResidentCategories.Students)), CancellationToken.None);

        Assert.Equal(new Functions.Eligibility.EligibilityOutcome(0, 0), outcome);
    }
}
