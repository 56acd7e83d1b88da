using System.Diagnostics;
using System.Globalization;
using Notify.Functions.Hosting.Timers;

namespace Notify.Functions.Tests.Hosting.Timers;

public sealed class CronScheduleTests
{
    [Theory]
    // Every second, minute, hour.
    [InlineData("* * * * * *", "2025-01-01T00:00:00Z", "2025-01-01T00:00:01Z")]
    [InlineData("0 * * * * *", "2025-01-01T00:00:00Z", "2025-01-01T00:01:00Z")]
    [InlineData("0 0 * * * *", "2025-01-01T00:30:00Z", "2025-01-01T01:00:00Z")]
    // Single values.
    [InlineData("30 15 10 * * *", "2025-01-01T00:00:00Z", "2025-01-01T10:15:30Z")]
    [InlineData("30 15 10 * * *", "2025-01-01T10:15:31Z", "2025-01-02T10:15:30Z")]
    // Ranges.
    [InlineData("0 0 9-17 * * *", "2025-01-01T12:30:00Z", "2025-01-01T13:00:00Z")]
    [InlineData("0 0 9-17 * * *", "2025-01-01T17:00:00Z", "2025-01-02T09:00:00Z")]
    // Lists, including a list of ranges.
    [InlineData("0 0,15,45 * * * *", "2025-01-01T10:15:00Z", "2025-01-01T10:45:00Z")]
    [InlineData("0 0,15,45 * * * *", "2025-01-01T10:45:00Z", "2025-01-01T11:00:00Z")]
    [InlineData("0 0 1-2,22-23 * * *", "2025-01-01T03:00:00Z", "2025-01-01T22:00:00Z")]
    // Steps: */n, a-b/n, a/n.
    [InlineData("*/15 * * * * *", "2025-01-01T00:00:14Z", "2025-01-01T00:00:15Z")]
    [InlineData("0 */5 * * * *", "2025-01-01T10:07:00Z", "2025-01-01T10:10:00Z")]
    [InlineData("0 10-40/10 * * * *", "2025-01-01T10:40:00Z", "2025-01-01T11:10:00Z")]
    [InlineData("0 10-40/10 * * * *", "2025-01-01T10:21:00Z", "2025-01-01T10:30:00Z")]
    [InlineData("0 50/4 * * * *", "2025-01-01T10:54:00Z", "2025-01-01T10:58:00Z")]
    [InlineData("0 50/4 * * * *", "2025-01-01T10:58:00Z", "2025-01-01T11:50:00Z")]
    [InlineData("0 0 0 */10 * *", "2025-01-11T00:00:00Z", "2025-01-21T00:00:00Z")]
    // A step wider than the range leaves only the start.
    [InlineData("0 */90 * * * *", "2025-01-01T10:00:00Z", "2025-01-01T11:00:00Z")]
    // Boundary values of every field.
    [InlineData("59 59 23 31 12 *", "2025-01-01T00:00:00Z", "2025-12-31T23:59:59Z")]
    [InlineData("0 0 0 1 1 *", "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    // Day 31 skips the months that do not have one.
    [InlineData("0 0 0 31 * *", "2025-01-31T00:00:00Z", "2025-03-31T00:00:00Z")]
    [InlineData("0 0 0 31 * *", "2025-05-31T00:00:00Z", "2025-07-31T00:00:00Z")]
    // Extra whitespace between fields is fine.
    [InlineData("  0  0 12   * * *  ", "2025-01-01T00:00:00Z", "2025-01-01T12:00:00Z")]
    public void GetNextOccurrence_SyntaxForm_ReturnsNextMatch(string expression, string after, string expected)
    {
        var next = CronSchedule.Parse(expression).GetNextOccurrence(Utc(after));

        Assert.Equal(Utc(expected), next);
    }

    [Theory]
    [InlineData("0 0 0 1 Jan,Jul *", "2025-02-01T00:00:00Z", "2025-07-01T00:00:00Z")]
    [InlineData("0 0 0 1 jun-aug *", "2025-01-01T00:00:00Z", "2025-06-01T00:00:00Z")]
    [InlineData("0 0 0 1 DEC *", "2025-01-01T00:00:00Z", "2025-12-01T00:00:00Z")]
    [InlineData("0 0 0 1 Jan-Dec/6 *", "2025-02-01T00:00:00Z", "2025-07-01T00:00:00Z")]
    [InlineData("0 0 0 1 jan,6 *", "2025-02-01T00:00:00Z", "2025-06-01T00:00:00Z")]
    public void GetNextOccurrence_MonthNames_MatchCaseInsensitively(string expression, string after, string expected)
    {
        var next = CronSchedule.Parse(expression).GetNextOccurrence(Utc(after));

        Assert.Equal(Utc(expected), next);
    }

    [Theory]
    // 2025-01-03 is a Friday; the next weekday run is Monday the 6th.
    [InlineData("0 0 9 * * Mon-Fri", "2025-01-03T09:00:00Z", "2025-01-06T09:00:00Z")]
    [InlineData("0 0 9 * * mon-fri", "2025-01-03T08:00:00Z", "2025-01-03T09:00:00Z")]
    [InlineData("0 0 0 * * SAT,sun", "2025-01-01T00:00:00Z", "2025-01-04T00:00:00Z")]
    [InlineData("0 0 0 * * Sun", "2025-01-01T00:00:00Z", "2025-01-05T00:00:00Z")]
    [InlineData("0 0 0 * * 0", "2025-01-01T00:00:00Z", "2025-01-05T00:00:00Z")]
    [InlineData("0 0 0 * * 7", "2025-01-01T00:00:00Z", "2025-01-05T00:00:00Z")]
    [InlineData("0 0 0 * * 6", "2025-01-01T00:00:00Z", "2025-01-04T00:00:00Z")]
    // 5-7 is Friday, Saturday, Sunday.
    [InlineData("0 0 0 * * 5-7", "2025-01-05T00:00:00Z", "2025-01-10T00:00:00Z")]
    [InlineData("0 0 0 * * */2", "2025-01-02T00:00:00Z", "2025-01-04T00:00:00Z")]
    public void GetNextOccurrence_DayOfWeek_MatchesNamesNumbersAndSundayAsZeroOrSeven(string expression, string after, string expected)
    {
        var next = CronSchedule.Parse(expression).GetNextOccurrence(Utc(after));

        Assert.Equal(Utc(expected), next);
    }

    [Fact]
    public void GetNextOccurrence_DayOfWeekStepFromValue_DoesNotWrapToSunday()
    {
        var schedule = CronSchedule.Parse("0 0 0 * * 1/2");

        var days = Occurrences(schedule, Utc("2025-01-05T00:00:00Z"), 6).Select(o => o.DayOfWeek);

        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday],
            days);
    }

    [Fact]
    public void GetNextOccurrence_DayAndDayOfWeekBothRestricted_RequiresBoth()
    {
        // NCrontab (what Azure Functions runs) ANDs the two day fields: Friday the 13th, not every Friday plus every 13th.
        var schedule = CronSchedule.Parse("0 0 0 13 * Fri");

        var next = Occurrences(schedule, Utc("2025-01-01T00:00:00Z"), 3);

        Assert.Equal([Utc("2025-06-13T00:00:00Z"), Utc("2026-02-13T00:00:00Z"), Utc("2026-03-13T00:00:00Z")], next);
    }

    [Fact]
    public void GetNextOccurrence_OnlyDayOfWeekRestricted_MatchesEveryThatWeekday()
    {
        var schedule = CronSchedule.Parse("0 0 0 * * Fri");

        var next = Occurrences(schedule, Utc("2025-01-01T00:00:00Z"), 3);

        Assert.Equal([Utc("2025-01-03T00:00:00Z"), Utc("2025-01-10T00:00:00Z"), Utc("2025-01-17T00:00:00Z")], next);
    }

    [Theory]
    [InlineData("2025-01-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("2028-02-29T00:00:00Z", "2032-02-29T00:00:00Z")]
    // 2100 is not a leap year: eight years between leap days.
    [InlineData("2096-02-29T00:00:00Z", "2104-02-29T00:00:00Z")]
    public void GetNextOccurrence_LeapDay_SkipsToNextLeapYear(string after, string expected)
    {
        var next = CronSchedule.Parse("0 0 0 29 2 *").GetNextOccurrence(Utc(after));

        Assert.Equal(Utc(expected), next);
    }

    [Fact]
    public void GetNextOccurrence_RareDayCombination_FindsItDecadesAheadQuickly()
    {
        // Leap day on a Monday: 2072, then not until 2112.
        var schedule = CronSchedule.Parse("0 0 0 29 Feb Mon");
        var stopwatch = Stopwatch.StartNew();

        var next = schedule.GetNextOccurrence(Utc("2072-02-29T00:00:00Z"));

        stopwatch.Stop();
        Assert.Equal(Utc("2112-02-29T00:00:00Z"), next);
        Assert.True(stopwatch.ElapsedMilliseconds < 100, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void GetNextOccurrence_MidnightUtc_IsEightInTheMorningInBeijing()
    {
        var schedule = CronSchedule.Parse("0 0 0 * * *");
        var beijing = TimeSpan.FromHours(8);

        var next = schedule.GetNextOccurrence(new DateTimeOffset(2025, 3, 1, 7, 59, 59, beijing));

        Assert.Equal(Utc("2025-03-01T00:00:00Z"), next);
        Assert.Equal(TimeSpan.Zero, next!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 8, 0, 0, beijing), next.Value.ToOffset(beijing));
    }

    [Theory]
    [InlineData("* * * * * *", "2025-12-31T23:59:59Z", "2026-01-01T00:00:00Z")]
    [InlineData("0 0 0 1 1 *", "2025-06-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData("59 59 23 31 12 *", "2025-12-31T23:59:59Z", "2026-12-31T23:59:59Z")]
    [InlineData("0 0 12 * * Mon", "2025-12-29T12:00:00Z", "2026-01-05T12:00:00Z")]
    public void GetNextOccurrence_EndOfYear_RollsOverIntoNextYear(string expression, string after, string expected)
    {
        var next = CronSchedule.Parse(expression).GetNextOccurrence(Utc(after));

        Assert.Equal(Utc(expected), next);
    }

    [Fact]
    public void GetNextOccurrence_ExactlyOnAnOccurrence_ReturnsTheFollowingOne()
    {
        var schedule = CronSchedule.Parse("0 */5 * * * *");

        var next = schedule.GetNextOccurrence(Utc("2025-01-01T10:05:00Z"));

        Assert.Equal(Utc("2025-01-01T10:10:00Z"), next);
    }

    [Fact]
    public void GetNextOccurrence_JustBeforeAnOccurrence_ReturnsIt()
    {
        var schedule = CronSchedule.Parse("0 0 * * * *");

        var next = schedule.GetNextOccurrence(Utc("2025-01-01T09:59:59.9999999Z"));

        Assert.Equal(Utc("2025-01-01T10:00:00Z"), next);
    }

    [Fact]
    public void GetNextOccurrence_FractionOfASecondAfterAnOccurrence_ReturnsTheFollowingOne()
    {
        var schedule = CronSchedule.Parse("* * * * * *");

        var next = schedule.GetNextOccurrence(Utc("2025-01-01T00:00:00.5Z"));

        Assert.Equal(Utc("2025-01-01T00:00:01Z"), next);
    }

    [Fact]
    public void GetNextOccurrence_Chained_NeverRepeatsAnInstant()
    {
        var schedule = CronSchedule.Parse("*/20 * * * * *");

        var next = Occurrences(schedule, Utc("2025-01-01T00:00:00Z"), 4);

        Assert.Equal(
            [Utc("2025-01-01T00:00:20Z"), Utc("2025-01-01T00:00:40Z"), Utc("2025-01-01T00:01:00Z"), Utc("2025-01-01T00:01:20Z")],
            next);
    }

    [Theory]
    [InlineData("0 0 0 30 2 *")]
    [InlineData("0 0 0 31 4 *")]
    [InlineData("0 0 0 31 Feb,Apr,Jun,Sep,Nov *")]
    public void GetNextOccurrence_ImpossibleDate_ReturnsNull(string expression)
    {
        var next = CronSchedule.Parse(expression).GetNextOccurrence(Utc("2025-01-01T00:00:00Z"));

        Assert.Null(next);
    }

    [Fact]
    public void GetNextOccurrence_AtEndOfCalendar_ReturnsNull()
    {
        var next = CronSchedule.Parse("* * * * * *").GetNextOccurrence(DateTimeOffset.MaxValue);

        Assert.Null(next);
    }

    [Theory]
    [InlineData("0 61 * * * *", "NCRONTAB '0 61 * * * *': minute field value 61 is outside 0-59")]
    [InlineData("60 * * * * *", "NCRONTAB '60 * * * * *': second field value 60 is outside 0-59")]
    [InlineData("0 0 24 * * *", "NCRONTAB '0 0 24 * * *': hour field value 24 is outside 0-23")]
    [InlineData("0 0 0 0 * *", "NCRONTAB '0 0 0 0 * *': day field value 0 is outside 1-31")]
    [InlineData("0 0 0 32 * *", "NCRONTAB '0 0 0 32 * *': day field value 32 is outside 1-31")]
    [InlineData("0 0 0 * 0 *", "NCRONTAB '0 0 0 * 0 *': month field value 0 is outside 1-12")]
    [InlineData("0 0 0 * 13 *", "NCRONTAB '0 0 0 * 13 *': month field value 13 is outside 1-12")]
    [InlineData("0 0 0 * * 8", "NCRONTAB '0 0 0 * * 8': day-of-week field value 8 is outside 0-7")]
    [InlineData("0 0-60 * * * *", "NCRONTAB '0 0-60 * * * *': minute field value 60 is outside 0-59")]
    [InlineData("0 5,70 * * * *", "NCRONTAB '0 5,70 * * * *': minute field value 70 is outside 0-59")]
    [InlineData("0 a * * * *", "NCRONTAB '0 a * * * *': minute field token 'a' is not a number in 0-59")]
    [InlineData("0 0 0 * Foo *", "NCRONTAB '0 0 0 * Foo *': month field token 'Foo' is not a number in 1-12 or a month name Jan..Dec")]
    [InlineData("0 0 0 * January *", "NCRONTAB '0 0 0 * January *': month field token 'January' is not a number in 1-12 or a month name Jan..Dec")]
    [InlineData("0 0 0 * * Fun", "NCRONTAB '0 0 0 * * Fun': day-of-week field token 'Fun' is not a number in 0-7 or a day name Sun..Sat")]
    [InlineData("0 0 0 Mon * *", "NCRONTAB '0 0 0 Mon * *': day field token 'Mon' is not a number in 1-31")]
    [InlineData("0 */0 * * * *", "NCRONTAB '0 */0 * * * *': minute field step '0' in '*/0' must be a whole number of at least 1 (values 0-59)")]
    [InlineData("0 0 */x * * *", "NCRONTAB '0 0 */x * * *': hour field step 'x' in '*/x' must be a whole number of at least 1 (values 0-23)")]
    [InlineData("0 30-10 * * * *", "NCRONTAB '0 30-10 * * * *': minute field range '30-10' runs backwards; write it low-high within 0-59")]
    [InlineData("0 0 0 * * Fri-Mon", "NCRONTAB '0 0 0 * * Fri-Mon': day-of-week field range 'Fri-Mon' runs backwards; write it low-high within 0-7")]
    [InlineData("0 1,,2 * * * *", "NCRONTAB '0 1,,2 * * * *': minute field '1,,2' has an empty list item; list values as a,b,c within 0-59")]
    [InlineData("0 -5 * * * *", "NCRONTAB '0 -5 * * * *': minute field token '' is not a number in 0-59")]
    [InlineData("0 0 ? * * *", "NCRONTAB '0 0 ? * * *': hour field token '?' is not a number in 0-23")]
    [InlineData(
        "*/5 * * * *",
        "NCRONTAB '*/5 * * * *' has 5 fields, but Azure Functions needs six: {second} {minute} {hour} {day} {month} {day-of-week}; add the seconds, e.g. \"0 */5 * * * *\"")]
    [InlineData(
        "0 0 0 * * * 2025",
        "NCRONTAB '0 0 0 * * * 2025' has 7 fields, but Azure Functions needs six: {second} {minute} {hour} {day} {month} {day-of-week}")]
    [InlineData(
        "",
        "NCRONTAB '' has 0 fields, but Azure Functions needs six: {second} {minute} {hour} {day} {month} {day-of-week}")]
    public void Parse_InvalidExpression_ThrowsFormatExceptionNamingFieldTokenAndRange(string expression, string message)
    {
        var exception = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => CronSchedule.Parse(null!));
    }

    [Fact]
    public void TryParse_ValidExpression_ReturnsScheduleAndNoError()
    {
        var parsed = CronSchedule.TryParse("0 */5 * * * *", out var schedule, out var error);

        Assert.True(parsed);
        Assert.NotNull(schedule);
        Assert.Null(error);
    }

    [Fact]
    public void TryParse_InvalidExpression_ReturnsSameErrorAsParse()
    {
        var parsed = CronSchedule.TryParse("0 61 * * * *", out var schedule, out var error);

        Assert.False(parsed);
        Assert.Null(schedule);
        Assert.Equal("NCRONTAB '0 61 * * * *': minute field value 61 is outside 0-59", error);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalseWithError()
    {
        var parsed = CronSchedule.TryParse(null, out var schedule, out var error);

        Assert.False(parsed);
        Assert.Null(schedule);
        Assert.NotNull(error);
    }

    [Fact]
    public void ToString_ParsedSchedule_ReturnsExpression()
    {
        var schedule = CronSchedule.Parse("0 */5 * * * Mon-Fri");

        Assert.Equal("0 */5 * * * Mon-Fri", schedule.Expression);
        Assert.Equal("0 */5 * * * Mon-Fri", schedule.ToString());
    }

    private static DateTimeOffset Utc(string iso)
        => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static List<DateTimeOffset> Occurrences(CronSchedule schedule, DateTimeOffset after, int count)
    {
        var occurrences = new List<DateTimeOffset>();
        var current = after;
        for (var i = 0; i < count; i++)
        {
            current = schedule.GetNextOccurrence(current) ?? throw new InvalidOperationException($"no occurrence after {current:O}");
            occurrences.Add(current);
        }

        return occurrences;
    }
}
