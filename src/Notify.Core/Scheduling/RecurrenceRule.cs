using System.Globalization;

namespace Notify.Core.Scheduling;

/// <summary>
/// The RRULE subset extraction produces: FREQ=WEEKLY|MONTHLY|YEARLY, INTERVAL, one BYMONTHDAY (1..31 or -1),
/// BYMONTH (a list), one BYDAY for weekly rules. Anything else is rejected rather than guessed.
/// </summary>
/// <remarks>
/// Due dates: a day past the end of a short month (BYMONTHDAY=31 in April, 29..31 in February) falls on the
/// month's last day, the reading a Chinese notice ("每月31日前") intends. Without a day a monthly or yearly
/// rule is due on the last day of its period; quarters and half-years are calendar aligned (INTERVAL=3 ends
/// March, June, September, December). A weekly rule without BYDAY is due on Friday, the end of the work week.
/// </remarks>
public sealed class RecurrenceRule
{
    private static readonly string[] DayNames = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    private RecurrenceRule(RecurrenceFrequency frequency, int interval, IReadOnlyList<int> months, int? monthDay, DayOfWeek? weekDay)
    {
        Frequency = frequency;
        Interval = interval;
        Months = months;
        MonthDay = monthDay;
        WeekDay = weekDay;
    }

    public RecurrenceFrequency Frequency { get; }

    public int Interval { get; }

    /// <summary>BYMONTH values, empty when absent.</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>BYMONTHDAY: 1..31, or -1 for the last day.</summary>
    public int? MonthDay { get; }

    public DayOfWeek? WeekDay { get; }

    /// <summary>Parses <paramref name="text"/> or throws a <see cref="FormatException"/> saying what cannot be honoured.</summary>
    public static RecurrenceRule Parse(string text)
        => TryParse(text, out var rule, out var error) ? rule : throw new FormatException(error);

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RecurrenceRule? rule, out string error)
    {
        rule = null;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The recurrence rule is empty.";
            return false;
        }

        RecurrenceFrequency? frequency = null;
        var interval = 1;
        List<int> months = [];
        int? monthDay = null;
        DayOfWeek? weekDay = null;
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            string? problem = key switch
            {
                "FREQ" => ReadFrequency(value, out frequency),
                "INTERVAL" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out interval) && interval is >= 1 and <= 24
                    ? null : $"INTERVAL={value} is not a whole number from 1 to 24.",
                "BYMONTH" => ReadMonths(value, months),
                "BYMONTHDAY" => ReadMonthDay(value, out monthDay),
                "BYDAY" => ReadWeekDay(value, out weekDay),
                _ => $"{key} is not supported; only FREQ, INTERVAL, BYMONTH, BYMONTHDAY and BYDAY are.",
            };
            if (problem is not null)
            {
                error = $"Cannot schedule recurrence \"{text}\": {problem}";
                return false;
            }
        }

        var conflict = frequency switch
        {
            null => "FREQ is missing.",
            RecurrenceFrequency.Weekly when months.Count > 0 || monthDay is not null => "a weekly rule cannot have BYMONTH or BYMONTHDAY.",
            not RecurrenceFrequency.Weekly when weekDay is not null => "BYDAY is only supported on weekly rules.",
            RecurrenceFrequency.Monthly when months.Count > 0 => "a monthly rule cannot have BYMONTH.",
            RecurrenceFrequency.Monthly when interval > 1 && 12 % interval != 0 => $"a {interval}-monthly rule does not align with the calendar year.",
            RecurrenceFrequency.Yearly when months.Count > 0 && interval > 1 => "a yearly rule with BYMONTH cannot have INTERVAL.",
            _ => null,
        };
        if (conflict is not null)
        {
            error = $"Cannot schedule recurrence \"{text}\": {conflict}";
            return false;
        }

        rule = new RecurrenceRule(frequency!.Value, interval, months, monthDay, weekDay);
        return true;
    }

    /// <summary>
    /// The due dates from <paramref name="from"/> to <paramref name="to"/> inclusive. <paramref name="anchor"/> (the
    /// item's date) fixes the phase of rules that need one: yearly without BYMONTH, every-n-weeks and every-n-years.
    /// </summary>
    public IEnumerable<DateOnly> DueDates(DateOnly from, DateOnly to, DateOnly? anchor)
    {
        if (NeedsAnchor && anchor is null)
        {
            throw new InvalidOperationException($"Every {Interval} {(Frequency == RecurrenceFrequency.Weekly ? "weeks" : "years")} needs the item's date to know which ones.");
        }

        return Frequency switch
        {
            RecurrenceFrequency.Weekly => WeeklyDates(from, to, anchor),
            RecurrenceFrequency.Monthly => MonthlyDates(from, to),
            _ => YearlyDates(from, to, anchor),
        };
    }

    /// <summary>Every n weeks or years (n &gt; 1) cannot be placed without a first date.</summary>
    public bool NeedsAnchor => Interval > 1 && Frequency != RecurrenceFrequency.Monthly;

    /// <summary>Day <paramref name="day"/> of the month (-1 = last), the last day when the month is shorter.</summary>
    public static DateOnly DayInMonth(int year, int month, int day)
    {
        var last = DateTime.DaysInMonth(year, month);
        return new DateOnly(year, month, day < 0 || day > last ? last : day);
    }

    private IEnumerable<DateOnly> WeeklyDates(DateOnly from, DateOnly to, DateOnly? anchor)
    {
        var weekDay = WeekDay ?? anchor?.DayOfWeek ?? DayOfWeek.Friday;
        var first = anchor is { } a && a.DayOfWeek == weekDay ? a : from.AddDays(((int)weekDay - (int)from.DayOfWeek + 7) % 7);
        var step = 7 * Interval;
        if (first < from)
        {
            var periods = (from.DayNumber - first.DayNumber + step - 1) / step;
            first = first.AddDays(periods * step);
        }

        for (var day = first; day <= to; day = day.AddDays(step))
        {
            yield return day;
        }
    }

    private IEnumerable<DateOnly> MonthlyDates(DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            if (month.Month % Interval != 0)
            {
                continue;
            }

            var day = DayInMonth(month.Year, month.Month, MonthDay ?? -1);
            if (day >= from && day <= to)
            {
                yield return day;
            }
        }
    }

    private IEnumerable<DateOnly> YearlyDates(DateOnly from, DateOnly to, DateOnly? anchor)
    {
        IReadOnlyList<int> months = Months.Count > 0 ? [.. Months.Order()] : [anchor?.Month ?? 12];
        var day = MonthDay ?? (Months.Count == 0 && anchor is { } a ? a.Day : -1);
        for (var year = from.Year; year <= to.Year; year++)
        {
            if (Interval > 1 && (year - (anchor?.Year ?? year)) % Interval != 0)
            {
                continue;
            }

            foreach (var month in months)
            {
                var date = DayInMonth(year, month, day);
                if (date >= from && date <= to)
                {
                    yield return date;
                }
            }
        }
    }

    private static string? ReadFrequency(string value, out RecurrenceFrequency? frequency)
    {
        frequency = value switch
        {
            "WEEKLY" => RecurrenceFrequency.Weekly,
            "MONTHLY" => RecurrenceFrequency.Monthly,
            "YEARLY" => RecurrenceFrequency.Yearly,
            _ => null,
        };
        return frequency is null ? $"FREQ={value} is not supported; only WEEKLY, MONTHLY and YEARLY are." : null;
    }

    private static string? ReadMonths(string value, List<int> months)
    {
        foreach (var item in value.Split(','))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
            {
                return $"BYMONTH value \"{item}\" is not a month from 1 to 12.";
            }

            months.Add(month);
        }

        return null;
    }

    private static string? ReadMonthDay(string value, out int? monthDay)
    {
        monthDay = int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var day) && (day is >= 1 and <= 31 || day == -1)
            ? day : null;
        return monthDay is null ? $"BYMONTHDAY={value} is not one day from 1 to 31 or -1." : null;
    }

    private static string? ReadWeekDay(string value, out DayOfWeek? weekDay)
    {
        var index = Array.IndexOf(DayNames, value);
        weekDay = index < 0 ? null : (DayOfWeek)index;
        return weekDay is null ? $"BYDAY={value} is not one day (MO, TU, WE, TH, FR, SA or SU)." : null;
    }
}
