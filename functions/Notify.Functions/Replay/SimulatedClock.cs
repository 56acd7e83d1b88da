using System.Globalization;

namespace Notify.Functions.Replay;

/// <summary>
/// The business clock of a replay: it reads a simulated instant that moves only when the replay moves it.
/// Timers created through it (<c>Task.Delay(delay, clock)</c>, Polly delays, <c>PeriodicTimer</c>) fire when
/// <see cref="AdvanceTo"/> passes their due time, in due order, on the caller's thread; while a callback runs,
/// <see cref="GetUtcNow"/> reads that timer's due time, as if the time in between had passed. Local time is Asia/Shanghai.
/// </summary>
public sealed class SimulatedClock : TimeProvider
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly Lock _gate = new();
    private readonly List<SimulatedTimer> _timers = [];
    private DateTimeOffset _utcNow;
    private long _nextSequence;

    public SimulatedClock(DateTimeOffset startUtc)
    {
        _utcNow = startUtc.ToUniversalTime();
    }

    public override TimeZoneInfo LocalTimeZone => Shanghai;

    /// <summary>One timestamp tick is one <see cref="TimeSpan"/> tick of simulated time.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>The due time of the earliest pending timer, or null when none is pending.</summary>
    public DateTimeOffset? NextTimerDue
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count == 0 ? null : _timers.Min(t => t.DueAt);
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _utcNow;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Lets simulated time pass up to <paramref name="targetUtc"/>, firing every timer due by then.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetUtc"/> is earlier than the current time.</exception>
    public void AdvanceTo(DateTimeOffset targetUtc)
    {
        var target = targetUtc.ToUniversalTime();
        lock (_gate)
        {
            if (target < _utcNow)
            {
                throw new ArgumentOutOfRangeException(nameof(targetUtc), targetUtc, $"The simulated clock only moves forward; it reads {_utcNow:O}.");
            }
        }

        while (true)
        {
            SimulatedTimer due;
            lock (_gate)
            {
                var next = EarliestDueBy(target);
                if (next is null)
                {
                    _utcNow = target;
                    return;
                }

                due = next;
                if (due.DueAt > _utcNow)
                {
                    _utcNow = due.DueAt;
                }

                // A periodic timer's next due time counts from when it was due, not from when it fired.
                if (due.Period > TimeSpan.Zero)
                {
                    Schedule(due, due.DueAt + due.Period, due.Period);
                }
                else
                {
                    _timers.Remove(due);
                }
            }

            due.Callback(due.State);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SimulatedTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public override string ToString() => GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Call under <see cref="_gate"/>.</summary>
    private SimulatedTimer? EarliestDueBy(DateTimeOffset target)
    {
        SimulatedTimer? earliest = null;
        foreach (var timer in _timers)
        {
            if (timer.DueAt <= target
                && (earliest is null || timer.DueAt < earliest.DueAt || (timer.DueAt == earliest.DueAt && timer.Sequence < earliest.Sequence)))
            {
                earliest = timer;
            }
        }

        return earliest;
    }

    /// <summary>Call under <see cref="_gate"/>.</summary>
    private void Schedule(SimulatedTimer timer, DateTimeOffset dueAt, TimeSpan period)
    {
        timer.DueAt = dueAt;
        timer.Period = period;
        timer.Sequence = _nextSequence++;
        if (!_timers.Contains(timer))
        {
            _timers.Add(timer);
        }
    }

    private bool ChangeTimer(SimulatedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        ValidateTimerSpan(dueTime, nameof(dueTime));
        ValidateTimerSpan(period, nameof(period));
        lock (_gate)
        {
            if (timer.IsDisposed)
            {
                return false;
            }

            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                _timers.Remove(timer);
            }
            else
            {
                // Like System.Threading.Timer: a period of zero or Infinite means fire once.
                Schedule(timer, _utcNow + dueTime, period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period);
            }

            return true;
        }
    }

    private void DisposeTimer(SimulatedTimer timer)
    {
        lock (_gate)
        {
            timer.IsDisposed = true;
            _timers.Remove(timer);
        }
    }

    private static void ValidateTimerSpan(TimeSpan value, string name)
    {
        // The limits System.Threading.Timer enforces: Infinite (-1 ms) up to 0xFFFFFFFE ms.
        var milliseconds = (long)value.TotalMilliseconds;
        if (milliseconds < -1 || milliseconds > 0xFFFFFFFE)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be Timeout.InfiniteTimeSpan or between zero and 4294967294 ms.");
        }
    }

    /// <summary>A timer owned by its clock; its mutable state is guarded by the clock's lock.</summary>
    private sealed class SimulatedTimer(SimulatedClock owner, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;

        public object? State { get; } = state;

        public DateTimeOffset DueAt { get; set; }

        public TimeSpan Period { get; set; }

        public long Sequence { get; set; }

        public bool IsDisposed { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => owner.ChangeTimer(this, dueTime, period);

        public void Dispose() => owner.DisposeTimer(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
