using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Hosting;
using Notify.LocalHost.Local;

namespace Notify.LocalHost.Replay;

/// <summary>One timer function in a replay: its schedule, when it last ran and when its schedule fires next.</summary>
public sealed class ReplayTimer
{
    private readonly TimerOccurrences _occurrences;

    public ReplayTimer(FunctionDescriptor function, ReplayTimerMode mode, DateTimeOffset startUtc)
    {
        ArgumentNullException.ThrowIfNull(function);
        Function = function;
        Mode = mode;
        _occurrences = new TimerOccurrences((TimerSchedule)function.Trigger);
        Last = startUtc;
        Next = _occurrences.Next(startUtc);
    }

    public FunctionDescriptor Function { get; }

    public ReplayTimerMode Mode { get; }

    public bool RunOnStartup => _occurrences.RunOnStartup;

    /// <summary>When the timer last ran (the replay's start until it has).</summary>
    public DateTimeOffset Last { get; private set; }

    /// <summary>The schedule's next occurrence after <see cref="Last"/>.</summary>
    public DateTimeOffset? Next { get; private set; }

    /// <summary>The schedule's first occurrence at or after <paramref name="instant"/> and after the last run.</summary>
    public DateTimeOffset? FirstAtOrAfter(DateTimeOffset instant)
    {
        var after = instant.AddTicks(-1);
        return _occurrences.Next(after > Last ? after : Last);
    }

    /// <summary>Records a run at <paramref name="nowUtc"/> for the occurrence due at <paramref name="dueUtc"/>; returns what the function is told.</summary>
    public TimerInfo Run(DateTimeOffset dueUtc, DateTimeOffset nowUtc)
    {
        var following = _occurrences.Next(nowUtc > dueUtc ? nowUtc : dueUtc);
        var timer = TimerOccurrences.Info(Last, dueUtc, following, nowUtc);
        Last = dueUtc;
        Next = following;
        return timer;
    }
}
