namespace Notify.Core.Scheduling;

/// <summary>
/// Where a yearly window starts and ends in any year: "每年9月1日至次年2月25日" starts 09-01 and ends 02-25 the
/// year after. A day missing from a year (02-29) becomes the month's last day.
/// </summary>
internal sealed record YearlyShape(int StartMonth, int StartDay, int EndMonth, int EndDay, int YearsToEnd)
{
    public static YearlyShape Of(PlannedItem item)
    {
        var rule = RecurrenceRule.Parse(item.Recurrence ?? throw new ArgumentException($"Window item {item.ItemId} has no recurrence rule.", nameof(item)));
        if (rule.Frequency != RecurrenceFrequency.Yearly || rule.Months.Count > 1 || rule.Interval > 1)
        {
            throw new FormatException($"Window item {item.ItemId}: only a window repeating once every year can roll forward, not \"{item.Recurrence}\".");
        }

        var startMonth = rule.Months.Count == 1 ? rule.Months[0] : item.Date?.Month;
        var startDay = rule.MonthDay ?? item.Date?.Day;
        if (startMonth is null || startDay is null || item.EndDate is not { } end)
        {
            throw new ArgumentException($"Window item {item.ItemId} needs a start day and an end date to repeat yearly.", nameof(item));
        }

        var startsAfterEnd = (startMonth.Value, startDay.Value).CompareTo((end.Month, end.Day)) > 0;
        var years = item.Date is { } date ? end.Year - date.Year : startsAfterEnd ? 1 : 0;
        return new YearlyShape(startMonth.Value, startDay.Value, end.Month, end.Day, years);
    }

    public WindowPeriod PeriodStarting(int year)
        => new(RecurrenceRule.DayInMonth(year, StartMonth, StartDay), RecurrenceRule.DayInMonth(year + YearsToEnd, EndMonth, EndDay));
}
