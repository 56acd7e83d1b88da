using Notify.LocalHost.Replay;

namespace Notify.Functions.Tests.Replay;

public sealed class SimulatedClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 8, 24, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AdvanceTo_BeforeTheDueTime_DoesNotFireTheTimer()
    {
        var clock = new SimulatedClock(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);

        clock.AdvanceTo(Start.AddMinutes(5).AddTicks(-1));

        Assert.Equal(0, fired);
        Assert.Equal(Start.AddMinutes(5), clock.NextTimerDue);
    }

    [Fact]
    public void AdvanceTo_PastTheDueTime_FiresOnceAndTheCallbackSeesItsDueTime()
    {
        var clock = new SimulatedClock(Start);
        var seen = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);

        clock.AdvanceTo(Start.AddDays(30));
        clock.AdvanceTo(Start.AddDays(60));

        Assert.Equal([Start.AddMinutes(5)], seen);
        Assert.Equal(Start.AddDays(60), clock.GetUtcNow());
        Assert.Null(clock.NextTimerDue);
    }

    [Fact]
    public void AdvanceTo_PeriodicTimer_FiresOncePerPeriodPassedInOrder()
    {
        var clock = new SimulatedClock(Start);
        var seen = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        clock.AdvanceTo(Start.AddHours(3).AddMinutes(30));

        Assert.Equal([Start.AddHours(1), Start.AddHours(2), Start.AddHours(3)], seen);
    }

    [Fact]
    public async Task TaskDelay_OnTheClock_CompletesOnlyWhenTheClockPassesIt()
    {
        var clock = new SimulatedClock(Start);
        var delay = Task.Delay(TimeSpan.FromSeconds(30), clock, CancellationToken.None);

        clock.AdvanceTo(Start.AddSeconds(29));
        await Task.Delay(50);
        Assert.False(delay.IsCompleted);

        clock.AdvanceTo(Start.AddSeconds(30));
        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AdvanceTo_DisposedTimer_DoesNotFire()
    {
        var clock = new SimulatedClock(Start);
        var fired = 0;
        var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();

        clock.AdvanceTo(Start.AddHours(1));

        Assert.Equal(0, fired);
    }

    [Fact]
    public void AdvanceTo_AnEarlierTime_Throws()
    {
        var clock = new SimulatedClock(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(Start.AddSeconds(-1)));
    }

    [Fact]
    public void LocalTimeZone_IsShanghai()
    {
        var clock = new SimulatedClock(Start);

        Assert.Equal(new DateTimeOffset(2026, 8, 25, 0, 0, 0, TimeSpan.FromHours(8)), clock.GetLocalNow());
    }
}
