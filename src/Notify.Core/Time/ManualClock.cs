using System.Globalization;

namespace Notify.Core.Time;

/// <summary>
/// A hand-driven clock, for tests and for replaying a period on simulated time. Time stands still until <see cref="Advance"/> or <see cref="SetUtcNow"/> moves it;
/// then every timer that has come due fires, synchronously on the caller's thread, in due-time order
/// (periodic timers once per period passed). A timer created or changed with a due time of zero fires on the
/// next move, <c>Advance(TimeSpan.Zero)</c> included. <c>Task.Delay(delay, provider)</c> and
/// <c>new PeriodicTimer(period, provider)</c> run on it. Local time is Asia/Shanghai (UTC+8).
/// </summary>
/// <remarks>
/// The two ways of moving differ in what a callback sees. <see cref="Advance"/> is time passing: while a timer's
/// callback runs, <see cref="GetUtcNow"/> reads that timer's due time, so a loop that re-arms itself catches up
/// occurrence by occurrence. <see cref="SetUtcNow"/> is a jump (a host resuming from suspension): the clock reads
/// the new time in every callback the jump fires, so code sees that it is late.
/// </remarks>
public class ManualClock : TimeProvider
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _utcNow;

    /// <summary>Where the clock is heading: at or after <see cref="_utcNow"/>, so concurrent advances add up.</summary>
    private DateTimeOffset _target;

    private long _nextSequence;

    /// <summary>Starts the clock at <paramref name="startUtc"/> (any offset; kept as UTC).</summary>
    public ManualClock(DateTimeOffset startUtc)
    {
        _utcNow = startUtc.ToUniversalTime();
        _target = _utcNow;
    }

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => Shanghai;

    /// <summary>One timestamp tick is one <see cref="TimeSpan"/> tick of fake time.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _utcNow;
        }
    }

    /// <inheritdoc/>
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>
    /// Lets <paramref name="delta"/> pass, firing the timers that come due; each callback sees its own due time.
    /// </summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            _target += delta;
            target = _target;
        }

        MoveTo(target);
    }

    /// <summary>
    /// Jumps the clock to <paramref name="utcNow"/>, then fires the timers that came due; every callback sees the new time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="utcNow"/> is earlier than the current time.</exception>
    public void SetUtcNow(DateTimeOffset utcNow)
    {
        var target = utcNow.ToUniversalTime();
        lock (_gate)
        {
            if (target < _utcNow)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(utcNow), utcNow, $"The clock only moves forward; it already reads {_utcNow:O}.");
            }

            if (target > _target)
            {
                _target = target;
            }

            _utcNow = target;
        }

        MoveTo(target);
    }

    /// <summary>The due time of the earliest pending timer, or null when none is pending.</summary>
    public DateTimeOffset? NextTimerDue
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count == 0 ? null : _timers.Min(timer => timer.DueAt);
            }
        }
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <inheritdoc/>
    public override string ToString() => GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private void MoveTo(DateTimeOffset target)
    {
        while (true)
        {
            TimerCallback callback;
            object? state;
            lock (_gate)
            {
                var due = EarliestDueBy(target);
                if (due is null)
                {
                    if (target > _utcNow)
                    {
                        _utcNow = target;
                    }

                    return;
                }

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

                (callback, state) = (due.Callback, due.State);
            }

            callback(state);
        }
    }

    private ManualTimer? EarliestDueBy(DateTimeOffset target)
    {
        ManualTimer? earliest = null;
        foreach (var timer in _timers)
        {
            if (timer.DueAt <= target
                && (earliest is null
                    || timer.DueAt < earliest.DueAt
                    || (timer.DueAt == earliest.DueAt && timer.Sequence < earliest.Sequence)))
            {
                earliest = timer;
            }
        }

        return earliest;
    }

    /// <summary>Call under <see cref="_gate"/>.</summary>
    private void Schedule(ManualTimer timer, DateTimeOffset dueAt, TimeSpan period)
    {
        timer.DueAt = dueAt;
        timer.Period = period;
        timer.Sequence = _nextSequence++;
        if (!_timers.Contains(timer))
        {
            _timers.Add(timer);
        }
    }

    private bool ChangeTimer(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
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

    private void DisposeTimer(ManualTimer timer)
    {
        lock (_gate)
        {
            timer.IsDisposed = true;
            _timers.Remove(timer);
        }
    }

    private static void ValidateTimerSpan(TimeSpan value, string name)
    {
        // The same limits System.Threading.Timer enforces: Infinite (-1 ms) up to 0xFFFFFFFE ms.
        var milliseconds = (long)value.TotalMilliseconds;
        if (milliseconds < -1 || milliseconds > 0xFFFFFFFE)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be Timeout.InfiniteTimeSpan or between zero and 4294967294 ms.");
        }
    }

    /// <summary>A timer owned by its provider; all mutable state is guarded by the provider's lock.</summary>
    private sealed class ManualTimer(ManualClock owner, TimerCallback callback, object? state) : ITimer
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
