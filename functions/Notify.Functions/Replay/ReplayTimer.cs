using Notify.Functions.Hosting;
using Notify.Functions.Hosting.Timers;

namespace Notify.Functions.Replay;

/// <summary>One timer function in a replay: its schedule, when it last ran and when its schedule fires next.</summary>
public sealed class ReplayTimer
{
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    private readonly CronSchedule _schedule;

    public ReplayTimer(FunctionDefinition function, ReplayTimerMode mode, DateTimeOffset startUtc)
    {
        ArgumentNullException.ThrowIfNull(function);
        Function = function;
        Mode = mode;
        _schedule = CronSchedule.Parse(((TimerTrigger)function.Declaration.Trigger).Schedule);
        Last = startUtc;
        Next = _schedule.GetNextOccurrence(startUtc);
    }

    public FunctionDefinition Function { get; }

    public ReplayTimerMode Mode { get; }

    public bool RunOnStartup => ((TimerTrigger)Function.Declaration.Trigger).RunOnStartup;

    /// <summary>When the timer last ran (the replay's start until it has).</summary>
    public DateTimeOffset Last { get; private set; }

    /// <summary>The schedule's next occurrence after <see cref="Last"/>; null when it never fires again.</summary>
    public DateTimeOffset? Next { get; private set; }

    /// <summary>The schedule's first occurrence at or after <paramref name="instant"/> and after the last run.</summary>
    public DateTimeOffset? FirstAtOrAfter(DateTimeOffset instant)
    {
        var after = instant.AddTicks(-1);
        return _schedule.GetNextOccurrence(after > Last ? after : Last);
    }

    /// <summary>Records a run at <paramref name="nowUtc"/> for the occurrence due at <paramref name="dueUtc"/>; returns what the function is told.</summary>
    public TimerInfo Run(DateTimeOffset dueUtc, DateTimeOffset nowUtc)
    {
        var following = _schedule.GetNextOccurrence(nowUtc > dueUtc ? nowUtc : dueUtc);
        var timer = new TimerInfo(new TimerScheduleStatus(Last, following ?? dueUtc, nowUtc), IsPastDue: nowUtc - dueUtc > PastDueTolerance);
        Last = dueUtc;
        Next = following;
        return timer;
    }
}
