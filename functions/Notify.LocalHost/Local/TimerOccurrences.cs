using Microsoft.Azure.Functions.Worker;
using NCrontab;
using Notify.Functions.Hosting;

namespace Notify.LocalHost.Local;

/// <summary>
/// A timer function's six-field NCRONTAB schedule (UTC, read by NCrontab as the Functions timer reads it) and the
/// <see cref="TimerInfo"/> a run is told, shared by the local scheduler and replay.
/// </summary>
public sealed class TimerOccurrences(TimerSchedule trigger)
{
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    private readonly CrontabSchedule _schedule = CrontabSchedule.Parse(trigger.Schedule, new CrontabSchedule.ParseOptions { IncludingSeconds = true });

    public bool RunOnStartup => trigger.RunOnStartup;

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        new(DateTime.SpecifyKind(_schedule.GetNextOccurrence(after.UtcDateTime), DateTimeKind.Utc));

    /// <summary>What a run of the occurrence due at <paramref name="dueUtc"/>, starting at <paramref name="nowUtc"/>, is told.</summary>
    public static TimerInfo Info(DateTimeOffset lastUtc, DateTimeOffset dueUtc, DateTimeOffset followingUtc, DateTimeOffset nowUtc) => new()
    {
        ScheduleStatus = new ScheduleStatus { Last = lastUtc.UtcDateTime, Next = followingUtc.UtcDateTime, LastUpdated = nowUtc.UtcDateTime },
        IsPastDue = nowUtc - dueUtc > PastDueTolerance,
    };

    public static TimerInfo AtStartup() => new() { IsPastDue = false };
}
