namespace Notify.Core.Scheduling;

/// <summary>When notices go out. Offsets are in days relative to the business date they concern.</summary>
public sealed class ScheduleOptions
{
    public static ScheduleOptions Default { get; } = new();

    /// <summary>Business time zone: every date and wall time below is read in it.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Wall time every planned occurrence is due at.</summary>
    public TimeOnly SendTime { get; init; } = new(9, 0);

    /// <summary>Unit nudges around a due date; non-positive ones are reminders, positive ones overdue notices.</summary>
    public IReadOnlyList<int> DeadlineNudgeDays { get; init; } = [-14, -3, 0, 1];

    /// <summary>Days between the overdue nudges that follow the last offset.</summary>
    public int OverdueIntervalDays { get; init; } = 7;

    /// <summary>How many repeated overdue nudges at most, so an unacknowledged task does not nag forever.</summary>
    public int OverdueRepeatCap { get; init; } = 8;

    /// <summary>Reminders before a window closes, in days relative to its end date (negative).</summary>
    public IReadOnlyList<int> WindowClosingDays { get; init; } = [-14, -3];

    /// <summary>How many yearly window periods to plan from the current one (1 = only the current or next).</summary>
    public int YearlyWindowPeriods { get; init; } = 1;

    /// <summary>Days before each recurring due date the reminder goes out.</summary>
    public int RecurrenceLeadDays { get; init; } = 3;

    /// <summary>How far past approval recurring due dates are planned.</summary>
    public int RecurrenceHorizonMonths { get; init; } = 13;

    public TimeOnly QuietHoursStart { get; init; } = new(21, 0);

    public TimeOnly QuietHoursEnd { get; init; } = new(8, 0);
}
