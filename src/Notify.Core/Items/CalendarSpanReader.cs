using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>Turns a <see cref="TimePatterns.CalendarExpression"/> match into the days it covers.</summary>
internal static class CalendarSpanReader
{
    public static CalendarSpan? Read(Match match, TimeContext context)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        var groups = match.Groups;

        if (groups["range"].Success)
        {
            var first = Number(groups["ry1"]);
            var last = Number(groups["ry2"]);
            return last >= first && last - first <= 30
                ? new CalendarSpan(start, end, CalendarForm.YearRange, DatePeriod.Years(first, last), null, null, null, false, null)
                : null;
        }

        if (groups["iso"].Success)
        {
            return DayOrNull(start, end, Number(groups["iy"]), Number(groups["im"]), Number(groups["id"]), fromContext: false, null);
        }

        if (groups["plan"].Success)
        {
            var firstYear = 2006 + (("一二三四五六".IndexOf(groups["pn"].Value[0], StringComparison.Ordinal)) * 5);
            var period = DatePeriod.Years(firstYear, firstYear + 4);
            return groups["pp"].Value.Contains('末', StringComparison.Ordinal)
                ? new CalendarSpan(start, end, CalendarForm.PlanEnd, DatePeriod.Day(period.Last), null, null, null, false, null)
                : new CalendarSpan(start, end, CalendarForm.PlanPeriod, period, null, null, null, false, null);
        }

        int? year;
        var fromContext = true;
        string? reason = null;
        if (groups["full"].Success)
        {
            year = Number(groups["y"]);
            fromContext = false;
        }
        else if (groups["rm"].Success)
        {
            return ThisOrNextMonth(match, context);
        }
        else if (groups["rel"].Success)
        {
            year = context.ContextYear + (groups["ry"].Value == "明年" ? 1 : 0);
            reason = year is { } y ? $"{groups["ry"].Value} read as {y}" : $"{groups["ry"].Value} without a known year";
        }
        else
        {
            year = context.ContextYear;
            reason = year is { } y ? YearSourceReason(context, y) : "no year in the text or its context";
        }

        var month = groups["m"].Success ? Number(groups["m"]) : (int?)null;
        var day = groups["d"].Success ? Number(groups["d"]) : (int?)null;
        var monthPart = groups["mp"].Success ? groups["mp"].Value : null;
        var yearPart = groups["yp"].Success ? groups["yp"].Value : null;

        if (month is { } m && day is { } d)
        {
            return year is { } y ? DayOrNull(start, end, y, m, d, fromContext, reason)
                : new CalendarSpan(start, end, CalendarForm.Day, null, m, d, null, true, reason);
        }

        if (month is { } mo)
        {
            var form = monthPart is null ? CalendarForm.Month : CalendarForm.MonthPart;
            return new CalendarSpan(start, end, form, year is { } y ? MonthPeriod(y, mo, monthPart) : null, mo, null, monthPart, fromContext, reason);
        }

        if (yearPart is not null)
        {
            return new CalendarSpan(start, end, CalendarForm.YearPart, year is { } y ? YearPartPeriod(y, yearPart) : null, null, null, null, fromContext, reason);
        }

        return year is { } yr && !fromContext
            ? new CalendarSpan(start, end, CalendarForm.Year, DatePeriod.Year(yr), null, null, null, false, null)
            : null;
    }

    /// <summary>"本月25日", "下月底": a month named from the signing date.</summary>
    private static CalendarSpan? ThisOrNextMonth(Match match, TimeContext context)
    {
        var groups = match.Groups;
        var start = match.Index;
        var end = match.Index + match.Length;
        var word = groups["rm"].Value;
        if (context.SigningDate is not { } signing)
        {
            return new CalendarSpan(start, end, CalendarForm.MonthPart, null, null, null, null, true, $"{word} without a known signing date");
        }

        var month = word == "下月" ? signing.AddMonths(1) : signing;
        var reason = $"{word} read from the signing date {signing:yyyy-MM-dd}";
        if (groups["d"].Success)
        {
            return DayOrNull(start, end, month.Year, month.Month, Number(groups["d"]), fromContext: true, reason);
        }

        var part = groups["mp"].Success ? groups["mp"].Value : null;
        return new CalendarSpan(start, end, part is null ? CalendarForm.Month : CalendarForm.MonthPart, MonthPeriod(month.Year, month.Month, part), month.Month, null, part, true, reason);
    }

    /// <summary>The same month and day in another year (for the second half of a range or a yearly window).</summary>
    public static DatePeriod? InYear(CalendarSpan span, int year)
    {
        if (span.Month is not { } month)
        {
            return null;
        }

        if (span.Day is { } day)
        {
            return day <= DateTime.DaysInMonth(year, month) ? DatePeriod.Day(new DateOnly(year, month, day)) : null;
        }

        return MonthPeriod(year, month, span.MonthPart);
    }

    private static string YearSourceReason(TimeContext context, int year)
        => context.DefaultYear == year ? $"year {year} taken from the document context" : $"year {year} taken from the signing date";

    private static CalendarSpan? DayOrNull(int start, int end, int year, int month, int day, bool fromContext, string? reason)
        => day <= DateTime.DaysInMonth(year, month)
            ? new CalendarSpan(start, end, CalendarForm.Day, DatePeriod.Day(new DateOnly(year, month, day)), month, day, null, fromContext, reason)
            : null;

    private static DatePeriod MonthPeriod(int year, int month, string? part)
    {
        var last = DateTime.DaysInMonth(year, month);
        return part switch
        {
            "上旬" => new DatePeriod(new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
            "中旬" => new DatePeriod(new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
            "下旬" => new DatePeriod(new DateOnly(year, month, 21), new DateOnly(year, month, last)),
            "底" or "末" => DatePeriod.Day(new DateOnly(year, month, last)),
            _ => DatePeriod.Month(year, month),
        };
    }

    private static DatePeriod YearPartPeriod(int year, string part)
    {
        if (part is "年底" or "年末" or "底" or "末")
        {
            return DatePeriod.Day(new DateOnly(year, 12, 31));
        }

        if (part is "年内" or "年度内" or "内")
        {
            return DatePeriod.Year(year);
        }

        if (part == "上半年")
        {
            return DatePeriod.Months(year, 1, 6);
        }

        if (part == "下半年")
        {
            return DatePeriod.Months(year, 7, 12);
        }

        var quarter = QuarterOf(part);
        var period = DatePeriod.Months(year, (quarter * 3) - 2, quarter * 3);
        return part.EndsWith('末') ? DatePeriod.Day(period.Last) : period;
    }

    private static int QuarterOf(string part)
    {
        foreach (var c in part)
        {
            var index = "一二三四".IndexOf(c, StringComparison.Ordinal);
            if (index >= 0)
            {
                return index + 1;
            }

            if (c is >= '1' and <= '4')
            {
                return c - '0';
            }
        }

        return 4;
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
