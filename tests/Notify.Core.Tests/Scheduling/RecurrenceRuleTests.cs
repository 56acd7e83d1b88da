using Notify.Core.Scheduling;

namespace Notify.Core.Tests.Scheduling;

public sealed class RecurrenceRuleTests
{
    [Theory]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=16")]
    [InlineData("FREQ=MONTHLY;INTERVAL=3")]
    [InlineData("FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1")]
    [InlineData("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1")]
    [InlineData("FREQ=MONTHLY")]
    [InlineData("FREQ=WEEKLY")]
    [InlineData("FREQ=WEEKLY;BYDAY=MO")]
    public void TryParse_ExtractedRule_Accepted(string text)
        => Assert.True(RecurrenceRule.TryParse(text, out _, out _));

    [Theory]
    [InlineData("FREQ=DAILY", "FREQ=DAILY")]
    [InlineData("FREQ=MONTHLY;COUNT=3", "COUNT")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=1,15", "BYMONTHDAY=1,15")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY=32")]
    [InlineData("FREQ=YEARLY;BYMONTH=13", "BYMONTH")]
    [InlineData("FREQ=MONTHLY;INTERVAL=5", "5-monthly")]
    [InlineData("BYMONTHDAY=1", "FREQ is missing")]
    [InlineData("FREQ=MONTHLY;BYDAY=MO", "BYDAY")]
    public void Parse_RuleItCannotHonour_ThrowsNamingTheProblem(string text, string named)
    {
        var error = Assert.Throws<FormatException>(() => RecurrenceRule.Parse(text));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DueDates_EveryTwoYearsWithoutAnchor_Throws()
        => Assert.Throws<InvalidOperationException>(() => RecurrenceRule.Parse("FREQ=YEARLY;INTERVAL=2").DueDates(new DateOnly(2026, 1, 1), new DateOnly(2030, 1, 1), null).ToList());

    [Fact]
    public void DueDates_February29InNonLeapYear_LastDayOfFebruary()
    {
        var dates = RecurrenceRule.Parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29").DueDates(new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31), null);
        Assert.Equal([new DateOnly(2027, 2, 28), new DateOnly(2028, 2, 29)], dates);
    }

    [Fact]
    public void DueDates_HalfYearly_EndsOfJuneAndDecember()
    {
        var dates = RecurrenceRule.Parse("FREQ=MONTHLY;INTERVAL=6").DueDates(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null);
        Assert.Equal([new DateOnly(2026, 6, 30), new DateOnly(2026, 12, 31)], dates);
    }
}
