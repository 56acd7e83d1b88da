using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace Notify.Functions.Hosting.Timers;

/// <summary>
/// An Azure Functions timer schedule: six-field NCRONTAB
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c>, evaluated in UTC.
/// Supports <c>*</c>, values, ranges <c>a-b</c>, lists <c>a,b</c>, steps <c>*/n</c>, <c>a-b/n</c> and <c>a/n</c>,
/// 3-letter month (Jan..Dec) and day (Sun..Sat) names, and 0 or 7 for Sunday.
/// </summary>
public sealed class CronSchedule
{
    /// <summary>
    /// How far ahead <see cref="GetNextOccurrence"/> looks. The Gregorian calendar repeats every 400 years
    /// (146,097 days, a whole number of weeks), so finding nothing in that span means the schedule never fires.
    /// </summary>
    private const int SearchYears = 400;

    private readonly ulong _seconds;
    private readonly ulong _minutes;
    private readonly ulong _hours;
    private readonly ulong _days;
    private readonly ulong _months;
    private readonly ulong _daysOfWeek;

    private CronSchedule(string expression, ulong[] masks)
    {
        Expression = expression;
        _seconds = masks[0];
        _minutes = masks[1];
        _hours = masks[2];
        _days = masks[3];
        _months = masks[4];
        _daysOfWeek = masks[5];
    }

    /// <summary>The expression as it was parsed.</summary>
    public string Expression { get; }

    /// <summary>Parses a six-field NCRONTAB expression.</summary>
    /// <exception cref="FormatException">The expression is malformed; the message names the field, token and allowed range.</exception>
    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return TryParse(expression, out var schedule, out var error) ? schedule : throw new FormatException(error);
    }

    /// <summary>Parses a six-field NCRONTAB expression; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(
        string? expression,
        [NotNullWhen(true)] out CronSchedule? schedule,
        [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        if (expression is null)
        {
            error = "NCRONTAB expression is missing";
            return false;
        }

        var parts = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != CronField.All.Count)
        {
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"NCRONTAB '{expression}' has {parts.Length} fields, but Azure Functions needs six: {{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}");
            if (parts.Length == 5)
            {
                error += $"; add the seconds, e.g. \"0 {string.Join(' ', parts)}\"";
            }

            return false;
        }

        var masks = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!CronField.All[i].TryParse(parts[i], out masks[i], out var fieldError))
            {
                error = $"NCRONTAB '{expression}': {fieldError}";
                return false;
            }
        }

        schedule = new CronSchedule(expression, masks);
        error = null;
        return true;
    }

    /// <summary>
    /// The first instant strictly after <paramref name="afterUtc"/> that the schedule matches (whole seconds, UTC),
    /// or <see langword="null"/> when there is none (for example <c>0 0 0 30 2 *</c>).
    /// </summary>
    public DateTimeOffset? GetNextOccurrence(DateTimeOffset afterUtc)
    {
        var after = afterUtc.UtcDateTime;
        if (after >= DateTime.MaxValue.AddSeconds(-1))
        {
            return null;
        }

        // Drop the fraction and step one second: the first whole second strictly after the given instant.
        var start = after.AddTicks(-(after.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(1);
        var (year, month, day) = (start.Year, start.Month, start.Day);
        var (hour, minute, second) = (start.Hour, start.Minute, start.Second);
        var lastYear = Math.Min(year + SearchYears, DateTime.MaxValue.Year);

        // Each pass either returns or moves to the next candidate a whole field at a time; a field that
        // overflows bumps the next larger one and resets the smaller ones, and the loop re-checks from the top.
        while (year <= lastYear)
        {
            var nextMonth = NextAtOrAfter(_months, month);
            if (nextMonth < 0)
            {
                (year, month, day, hour, minute, second) = (year + 1, 1, 1, 0, 0, 0);
                continue;
            }

            if (nextMonth != month)
            {
                (month, day, hour, minute, second) = (nextMonth, 1, 0, 0, 0);
            }

            var nextDay = NextAtOrAfter(_days, day);
            if (nextDay < 0 || nextDay > DateTime.DaysInMonth(year, month))
            {
                (month, day, hour, minute, second) = (month + 1, 1, 0, 0, 0);
                continue;
            }

            if (nextDay != day)
            {
                (day, hour, minute, second) = (nextDay, 0, 0, 0);
            }

            // Day and day-of-week must BOTH match (AND), as NCrontab (which Azure Functions runs) does; Vixie cron ORs them.
            if (!Has(_daysOfWeek, (int)new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).DayOfWeek))
            {
                (day, hour, minute, second) = (day + 1, 0, 0, 0);
                continue;
            }

            var nextHour = NextAtOrAfter(_hours, hour);
            if (nextHour < 0)
            {
                (day, hour, minute, second) = (day + 1, 0, 0, 0);
                continue;
            }

            if (nextHour != hour)
            {
                (hour, minute, second) = (nextHour, 0, 0);
            }

            var nextMinute = NextAtOrAfter(_minutes, minute);
            if (nextMinute < 0)
            {
                (hour, minute, second) = (hour + 1, 0, 0);
                continue;
            }

            if (nextMinute != minute)
            {
                (minute, second) = (nextMinute, 0);
            }

            var nextSecond = NextAtOrAfter(_seconds, second);
            if (nextSecond < 0)
            {
                (minute, second) = (minute + 1, 0);
                continue;
            }

            return new DateTimeOffset(year, month, day, hour, minute, nextSecond, TimeSpan.Zero);
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Expression;

    private static bool Has(ulong mask, int value) => (mask & (1UL << value)) != 0;

    /// <summary>The smallest value at or above <paramref name="from"/> in <paramref name="mask"/>, or -1.</summary>
    private static int NextAtOrAfter(ulong mask, int from)
    {
        if (from >= 64)
        {
            return -1;
        }

        var remaining = mask & (ulong.MaxValue << from);
        return remaining == 0 ? -1 : BitOperations.TrailingZeroCount(remaining);
    }
}
