using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Notices;
using Notify.Core.Units;

namespace Notify.Core.Tests.Notices;

public sealed class SameEventTests
{
    private static readonly UnitDirectory Units = UnitDirectory.LoadDefault();

    private static readonly ExtractedItem OneOffWindow = Item(ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25)) with
    {
        ResidentGroups = ["城乡居民", "农牧民"],
    };

    [Fact]
    public void Matches_YearlyRuleAndThatYearsOwnPeriod_IsTheSameEvent()
    {
        var yearly = OneOffWindow with { Date = new DateOnly(2025, 9, 1), EndDate = new DateOnly(2026, 2, 25), Recurrence = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1" };

        Assert.True(SameEvent.Matches(yearly, OneOffWindow, Units));
        Assert.True(SameEvent.Matches(OneOffWindow, yearly, Units));
    }

    [Fact]
    public void Matches_YearlyRuleWhosePeriodThatYearEndsOtherwise_IsNot()
    {
        var yearly = OneOffWindow with { Date = new DateOnly(2025, 9, 1), EndDate = new DateOnly(2026, 3, 31), Recurrence = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1" };

        Assert.False(SameEvent.Matches(yearly, OneOffWindow, Units));
    }

    [Fact]
    public void Matches_YearlyRuleFirstInALaterYear_DoesNotReachBackToAnEarlierWindow()
    {
        var yearly = OneOffWindow with { Date = new DateOnly(2027, 9, 1), EndDate = new DateOnly(2028, 2, 25), Recurrence = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1" };

        Assert.False(SameEvent.Matches(yearly, OneOffWindow, Units));
    }

    [Fact]
    public void Matches_SameDatesOtherAudienceType_IsNot()
    {
        var forUnits = OneOffWindow with { Audience = ItemAudience.Units, ResidentGroups = [] };

        Assert.False(SameEvent.Matches(forUnits, OneOffWindow, Units));
    }

    [Fact]
    public void Matches_OtherDates_IsNot()
    {
        Assert.False(SameEvent.Matches(OneOffWindow with { EndDate = new DateOnly(2027, 2, 24) }, OneOffWindow, Units));
    }

    [Fact]
    public void Matches_ResidentGroupsWithNobodyInCommon_IsNot()
    {
        var students = OneOffWindow with { ResidentGroups = ["在校学生"] };
        var farmers = OneOffWindow with { ResidentGroups = ["农牧民"] };

        Assert.False(SameEvent.Matches(students, farmers, Units));
        Assert.True(SameEvent.Matches(students, OneOffWindow, Units), "城乡居民 includes students");
    }

    [Fact]
    public void Matches_ResidentsOfDisjointRegions_IsNot()
    {
        var jalaid = OneOffWindow with { LeadUnits = [new UnitRef("扎赉特旗医疗保障局", "jalaid.medical-security")] };
        var baotou = OneOffWindow with { LeadUnits = [new UnitRef("包头市医疗保障局", "baotou.medical-security")] };

        Assert.False(SameEvent.Matches(jalaid, baotou, Units));
        Assert.True(SameEvent.Matches(jalaid, OneOffWindow, Units), "an item without a region reaches Jalaid too");
    }

    [Fact]
    public void Matches_UnitDeadlinesSharingALeadUnit_IsTheSameEventAndTargetCountsAsDeadline()
    {
        var deadline = Item(ItemKind.Deadline, new DateOnly(2026, 8, 31), null) with
        {
            Audience = ItemAudience.Units,
            LeadUnits = [new UnitRef("旗医疗保障局", "jalaid.medical-security"), new UnitRef("旗财政局", null)],
        };
        var target = deadline with { Kind = ItemKind.Target, LeadUnits = [new UnitRef("旗医疗保障局", "jalaid.medical-security")] };
        var other = deadline with { LeadUnits = [new UnitRef("旗税务局", null)] };

        Assert.True(SameEvent.Matches(deadline, target, Units));
        Assert.False(SameEvent.Matches(deadline, other, Units));
    }

    [Fact]
    public void Matches_DeadlineOnTheWindowsFirstDay_IsNot()
    {
        Assert.False(SameEvent.Matches(Item(ItemKind.Deadline, new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25)), OneOffWindow, Units));
    }

    [Fact]
    public void Matches_RecurringDutiesWithOtherRules_IsNot()
    {
        var monthly = Item(ItemKind.Recurring, null, null) with { Recurrence = "FREQ=MONTHLY;BYMONTHDAY=16", Audience = ItemAudience.Units };

        Assert.True(SameEvent.Matches(monthly, monthly with { Quote = "另一句" }, Units));
        Assert.False(SameEvent.Matches(monthly, monthly with { Recurrence = "FREQ=MONTHLY;BYMONTHDAY=10" }, Units));
    }

    [Theory]
    [InlineData("2026-09-01", "2027-02-25", "2026-09-01…2027-02-25")]
    [InlineData("2026-08-31", null, "2026-08-31")]
    public void Dates_ShowsThePeriodOrTheDay(string start, string? end, string expected)
    {
        var item = Item(ItemKind.Window, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, SameEvent.Dates(item));
    }

    private static ExtractedItem Item(ItemKind kind, DateOnly? date, DateOnly? endDate) =>
        new(kind, date, endDate, null, 11, "集中参保缴费期", "扎医保发〔2026〕9号", [], [], ItemAudience.Residents, [], [], 0.9, []);
}
