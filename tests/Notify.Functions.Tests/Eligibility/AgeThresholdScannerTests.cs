using Notify.Core.Audiences;
using Notify.Functions.Eligibility;

namespace Notify.Functions.Tests.Eligibility;

public sealed class AgeThresholdScannerTests : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2043, 3, 10);

    private readonly EligibilityFixture _fixture = new();

    public Task InitializeAsync() => EligibilityFixture.CreateTablesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ScanAsync_ResidentsTurning60And65And80Today_AreFoundAndToldOnceEach()
    {
        var sixty = _fixture.Person("60", birthDate: new DateOnly(1983, 3, 10));
        var sixtyFive = _fixture.Person("65", birthDate: new DateOnly(1978, 3, 10));
        var eighty = _fixture.Person("80", birthDate: new DateOnly(1963, 3, 10));
        var tomorrow = _fixture.Person("60-tomorrow", birthDate: new DateOnly(1983, 3, 11));
        var everyone = new[] { sixty, sixtyFive, eighty, tomorrow };
        await _fixture.Residents.UpsertBatchAsync(everyone, CancellationToken.None);
        var notices = new Dictionary<int, Notices.Notice>();
        foreach (var age in new[] { 60, 65, 80 })
        {
            notices[age] = await _fixture.SaveNoticeAsync(new ResidentAudience { MinAge = age }, unpaidOnly: false, everyone);
        }

        var scan = await _fixture.Scanner.ScanAsync([Today], CancellationToken.None);
        await _fixture.Scanner.ScanAsync([Today], CancellationToken.None);

        Assert.True(scan.Residents >= 3);
        Assert.Equal([sixty.Id], Assert.Single(await EligibilityFixture.NewlyEligibleAsync(notices[60])).ResidentIds);
        Assert.Equal([sixtyFive.Id], Assert.Single(await EligibilityFixture.NewlyEligibleAsync(notices[65])).ResidentIds);
        var toEighty = Assert.Single(await EligibilityFixture.NewlyEligibleAsync(notices[80]));
        Assert.Equal([eighty.Id], toEighty.ResidentIds);
        Assert.Equal(new DateTimeOffset(2043, 3, 10, 8, 0, 0, TimeSpan.FromHours(8)), toEighty.DueUtc);
    }

    [Fact]
    public async Task ScanAsync_BirthdayChangedAway_IsNotFoundOnTheOldDay()
    {
        var resident = _fixture.Person("moved-birthday", birthDate: new DateOnly(1983, 3, 10));
        await _fixture.Residents.UpsertBatchAsync([resident], CancellationToken.None);
        await _fixture.Residents.UpsertBatchAsync([resident with { BirthDate = new DateOnly(1983, 4, 1) }], CancellationToken.None);
        var notice = await _fixture.SaveNoticeAsync(new ResidentAudience { MinAge = 60 }, unpaidOnly: false, resident);

        await _fixture.Scanner.ScanAsync([Today], CancellationToken.None);

        Assert.Empty(await EligibilityFixture.NewlyEligibleAsync(notice));
    }

    [Theory]
    [InlineData(null, "2043-03-10", 1)]
    [InlineData("2043-03-10", "2043-03-10", 0)]
    [InlineData("2043-03-07", "2043-03-10", 3)]
    [InlineData("2042-01-01", "2043-03-10", AgeThresholdScanner.MaxCatchUpDays)]
    public void DaysToScan_SinceLastRun_CatchesUpMissedDaysOnly(string? last, string today, int expected)
    {
        var days = AgeThresholdScanner.DaysToScan(last is null ? null : DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, days.Count);
        Assert.True(days.Count == 0 || days[^1] == DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
    }
}
