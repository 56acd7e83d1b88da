namespace Notify.Core.Scheduling;

/// <summary>
/// Holds resident messages due in the quiet hours (default 21:00–08:00 business time) until the hours end.
/// Urgent messages pass through. Unit messages are not the concern of this class; callers apply it to residents.
/// </summary>
public sealed class QuietHours(ScheduleOptions options)
{
    public DateTimeOffset Adjust(DateTimeOffset dueUtc, bool urgent)
    {
        if (urgent)
        {
            return dueUtc.ToUniversalTime();
        }

        var local = BusinessTime.ToLocal(dueUtc, options.TimeZone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var date = DateOnly.FromDateTime(local.DateTime);
        var start = options.QuietHoursStart;
        var end = options.QuietHoursEnd;
        var crossesMidnight = start > end;
        if (crossesMidnight ? time >= start : time >= start && time < end)
        {
            return BusinessTime.ToUtc(crossesMidnight ? date.AddDays(1) : date, end, options.TimeZone);
        }

        if (crossesMidnight && time < end)
        {
            return BusinessTime.ToUtc(date, end, options.TimeZone);
        }

        return dueUtc.ToUniversalTime();
    }
}
