using Notify.Testing;

namespace Notify.Functions.Tests.Testing;

public sealed class ManualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void GetUtcNow_NewProvider_ReturnsStart()
    {
        var time = new ManualTimeProvider(Start);

        Assert.Equal(Start, time.GetUtcNow());
    }

    [Fact]
    public void GetUtcNow_StartGivenWithOffset_ReturnsSameInstantInUtc()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(Start, time.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, time.GetUtcNow().Offset);
    }

    [Fact]
    public void GetLocalNow_AnyTime_IsShanghaiTime()
    {
        var time = new ManualTimeProvider(Start);

        Assert.Equal("Asia/Shanghai", time.LocalTimeZone.Id);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 8, 0, 0, TimeSpan.FromHours(8)), time.GetLocalNow());
        Assert.Equal(TimeSpan.FromHours(8), time.GetLocalNow().Offset);
    }

    [Fact]
    public void Advance_PositiveDelta_MovesClockForward()
    {
        var time = new ManualTimeProvider(Start);

        time.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(Start.AddMinutes(90), time.GetUtcNow());
    }

    [Fact]
    public void Advance_NegativeDelta_Throws()
    {
        var time = new ManualTimeProvider(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => time.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Equal(Start, time.GetUtcNow());
    }

    [Fact]
    public void SetUtcNow_LaterTime_MovesClockThere()
    {
        var time = new ManualTimeProvider(Start);

        time.SetUtcNow(Start.AddDays(3));

        Assert.Equal(Start.AddDays(3), time.GetUtcNow());
    }

    [Fact]
    public void SetUtcNow_EarlierTime_Throws()
    {
        var time = new ManualTimeProvider(Start);

        Assert.Throws<ArgumentOutOfRangeException>(() => time.SetUtcNow(Start.AddTicks(-1)));
        Assert.Equal(Start, time.GetUtcNow());
    }

    [Fact]
    public void GetElapsedTime_AfterAdvance_EqualsTimeAdvanced()
    {
        var time = new ManualTimeProvider(Start);
        var started = time.GetTimestamp();

        time.Advance(TimeSpan.FromMilliseconds(1500));

        Assert.Equal(TimeSpan.FromMilliseconds(1500), time.GetElapsedTime(started));
    }

    [Fact]
    public async Task TaskDelay_ClockAdvancedPastDelay_CompletesOnlyThen()
    {
        var time = new ManualTimeProvider(Start);

        var delay = Task.Delay(TimeSpan.FromSeconds(10), time, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(9));
        var completedEarly = delay.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(completedEarly);
        Assert.True(delay.IsCompletedSuccessfully);
        await delay;
    }

    [Fact]
    public async Task TaskDelay_Cancelled_CompletesCanceledWithoutAdvance()
    {
        var time = new ManualTimeProvider(Start);
        using var cancellation = new CancellationTokenSource();

        var delay = Task.Delay(TimeSpan.FromSeconds(10), time, cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => delay);
    }

    [Fact]
    public async Task PeriodicTimer_ClockAdvancedByPeriod_TicksEachPeriod()
    {
        var time = new ManualTimeProvider(Start);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);

        var first = timer.WaitForNextTickAsync(CancellationToken.None);
        var firstBeforeAdvance = first.IsCompleted;
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await first);

        var second = timer.WaitForNextTickAsync(CancellationToken.None);
        var secondBeforeAdvance = second.IsCompleted;
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await second);

        Assert.False(firstBeforeAdvance);
        Assert.False(secondBeforeAdvance);
    }

    [Fact]
    public async Task PeriodicTimer_Disposed_StopsTicking()
    {
        var time = new ManualTimeProvider(Start);
        var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);

        var tick = timer.WaitForNextTickAsync(CancellationToken.None);
        timer.Dispose();

        Assert.False(await tick);
    }

    [Fact]
    public void CreateTimer_Periodic_FiresOncePerPeriodAtItsDueTime()
    {
        var time = new ManualTimeProvider(Start);
        var firedAt = new List<DateTimeOffset>();
        using var timer = time.CreateTimer(_ => firedAt.Add(time.GetUtcNow()), null, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));

        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([Start.AddSeconds(3), Start.AddSeconds(6), Start.AddSeconds(9)], firedAt);
        Assert.Equal(Start.AddSeconds(10), time.GetUtcNow());
    }

    [Fact]
    public void SetUtcNow_JumpOverSeveralDueTimes_FiresEachOnceSeeingTheNewTime()
    {
        var time = new ManualTimeProvider(Start);
        var firedAt = new List<DateTimeOffset>();
        using var timer = time.CreateTimer(_ => firedAt.Add(time.GetUtcNow()), null, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));

        time.SetUtcNow(Start.AddSeconds(10));

        Assert.Equal([Start.AddSeconds(10), Start.AddSeconds(10), Start.AddSeconds(10)], firedAt);
    }

    [Fact]
    public async Task SetUtcNow_JumpPastDelay_ContinuationSeesItIsLate()
    {
        var time = new ManualTimeProvider(Start);
        var due = Start.AddMinutes(5);

        var late = LatenessAfterDelayAsync(time, due - Start);
        time.SetUtcNow(Start.AddMinutes(12));

        Assert.Equal(TimeSpan.FromMinutes(7), await late);
    }

    [Fact]
    public void CreateTimer_DueTimeReachedExactly_Fires()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;
        using var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, fired);
    }

    [Fact]
    public void CreateTimer_ZeroDueTime_FiresOnNextAdvanceNotBefore()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;

        using var timer = time.CreateTimer(_ => fired++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        var firedOnCreate = fired;
        time.Advance(TimeSpan.Zero);

        Assert.Equal(0, firedOnCreate);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void CreateTimer_ManyTimers_FireInDueTimeOrderThenCreationOrder()
    {
        var time = new ManualTimeProvider(Start);
        var fired = new List<string>();
        using var late = time.CreateTimer(_ => fired.Add("late"), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var early = time.CreateTimer(_ => fired.Add("early"), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        using var earlyToo = time.CreateTimer(_ => fired.Add("early-too"), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
        using var periodic = time.CreateTimer(_ => fired.Add("periodic"), null, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));

        time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(["early", "early-too", "periodic", "late", "periodic"], fired);
    }

    [Fact]
    public void CreateTimer_StatePassed_ReachesCallback()
    {
        var time = new ManualTimeProvider(Start);
        object? received = null;
        var state = new object();
        using var timer = time.CreateTimer(s => received = s, state, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Same(state, received);
    }

    [Fact]
    public void Change_NewDueTime_CountsFromCurrentTime()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;
        using var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromSeconds(5));

        var changed = timer.Change(TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromSeconds(9));
        var firedBeforeNewDueTime = fired;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(changed);
        Assert.Equal(0, firedBeforeNewDueTime);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Change_InfiniteDueTime_StopsTimer()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;
        using var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, fired);
    }

    [Fact]
    public void Change_NegativeDueTime_Throws()
    {
        var time = new ManualTimeProvider(Start);
        using var timer = time.CreateTimer(_ => { }, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        Assert.Throws<ArgumentOutOfRangeException>(() => timer.Change(TimeSpan.FromSeconds(-5), Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public void Dispose_BeforeDueTime_TimerNeverFiresAndChangeReturnsFalse()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;
        var timer = time.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        timer.Dispose();
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, fired);
        Assert.False(timer.Change(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Dispose_FromInsideCallback_StopsRepeating()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;
        ITimer? timer = null;
        timer = time.CreateTimer(
            _ =>
            {
                fired++;
                timer!.Dispose();
            },
            null,
            TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(1));

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, fired);
    }

    [Fact]
    public void Advance_CallbackCreatesTimerDueWithinSameAdvance_FiresItToo()
    {
        var time = new ManualTimeProvider(Start);
        var firedAt = new List<DateTimeOffset>();
        var timers = new List<ITimer>();
        timers.Add(time.CreateTimer(
            _ => timers.Add(time.CreateTimer(_ => firedAt.Add(time.GetUtcNow()), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan)),
            null,
            TimeSpan.FromSeconds(2),
            Timeout.InfiniteTimeSpan));

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal([Start.AddSeconds(3)], firedAt);
        timers.ForEach(t => t.Dispose());
    }

    [Fact]
    public async Task Advance_FromManyThreads_AddsUpAndFiresEveryPeriod()
    {
        var time = new ManualTimeProvider(Start);
        var fired = 0;
        using var timer = time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                time.Advance(TimeSpan.FromMilliseconds(1));
            }
        })));

        Assert.Equal(Start.AddSeconds(2), time.GetUtcNow());
        Assert.Equal(2000, fired);
    }

    /// <summary>Waits <paramref name="delay"/> on <paramref name="time"/>, then reports how late it woke.</summary>
    private static async Task<TimeSpan> LatenessAfterDelayAsync(ManualTimeProvider time, TimeSpan delay)
    {
        var due = time.GetUtcNow() + delay;
        await Task.Delay(delay, time, CancellationToken.None).ConfigureAwait(false);
        return time.GetUtcNow() - due;
    }
}
