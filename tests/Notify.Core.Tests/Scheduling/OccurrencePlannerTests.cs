using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Scheduling;

namespace Notify.Core.Tests.Scheduling;

public sealed class OccurrencePlannerTests
{
    private const string YearlyRule = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=1";
    private static readonly ScheduleOptions Options = ScheduleOptions.Default;

    [Fact]
    public void Plan_UnitDeadline_NudgesAtOffsetsThenWeeklyOverdueUpToCap()
    {
        var plan = Plan(Item(ItemKind.Deadline, new DateOnly(2026, 10, 31)), Beijing.At(2026, 9, 1, 10));

        Assert.False(plan.Expired);
        Assert.Equal([NoticeKinds.UnitDeadlineNudge, NoticeKinds.UnitOverdue], plan.Notices.Select(n => n.TemplateKind));
        Assert.All(plan.Notices, n => Assert.Equal(ItemAudience.Units, n.Audience));
        Assert.Equal([Beijing.At(2026, 10, 17, 9), Beijing.At(2026, 10, 28, 9), Beijing.At(2026, 10, 31, 9)], Due(plan, NoticeKinds.UnitDeadlineNudge));
        var overdue = Due(plan, NoticeKinds.UnitOverdue);
        Assert.Equal(1 + 8, overdue.Count);
        Assert.Equal(Beijing.At(2026, 11, 1, 9), overdue[0]);
        Assert.Equal(Beijing.At(2026, 11, 8, 9), overdue[1]);
        Assert.Equal(Beijing.At(2026, 12, 27, 9), overdue[^1]);
        Assert.Equal("2026-10-17T01:00Z#due-14d", plan.Notices[0].Occurrences[0].Id);
        Assert.Equal("2026-10-31T01:00Z#due", plan.Notices[0].Occurrences[2].Id);
    }

    [Fact]
    public void Plan_OverdueCapOfTwo_StopsAfterTwoWeeklyNudges()
    {
        var options = new ScheduleOptions { OverdueRepeatCap = 2 };
        var plan = OccurrencePlanner.Plan(Item(ItemKind.Deadline, new DateOnly(2026, 10, 31)), Beijing.At(2026, 9, 1, 10), options);

        Assert.Equal([Beijing.At(2026, 11, 1, 9), Beijing.At(2026, 11, 8, 9), Beijing.At(2026, 11, 15, 9)], Due(plan, NoticeKinds.UnitOverdue));
    }

    [Fact]
    public void Plan_DeadlineApprovedTwoDaysBefore_DropsEarlierNudges()
    {
        var plan = Plan(Item(ItemKind.Deadline, new DateOnly(2026, 10, 31)), Beijing.At(2026, 10, 29, 10));

        Assert.Equal([Beijing.At(2026, 10, 31, 9)], Due(plan, NoticeKinds.UnitDeadlineNudge));
    }

    [Fact]
    public void Plan_Target_PlannedLikeUnitDeadline()
    {
        var deadline = Plan(Item(ItemKind.Deadline, new DateOnly(2027, 6, 30)), Beijing.At(2026, 9, 1, 10));
        var target = Plan(Item(ItemKind.Target, new DateOnly(2027, 6, 30)), Beijing.At(2026, 9, 1, 10));

        Assert.Equal(Ids(deadline), Ids(target));
    }

    [Fact]
    public void Plan_Effective_OneNoticeOnTheDayAtSendTime()
    {
        var plan = Plan(Item(ItemKind.Effective, new DateOnly(2026, 10, 1), audience: ItemAudience.Residents), Beijing.At(2026, 9, 1, 10));

        var notice = Assert.Single(plan.Notices);
        Assert.Equal(NoticeKinds.PolicyInEffect, notice.TemplateKind);
        Assert.Equal(ItemAudience.Residents, notice.Audience);
        var occurrence = Assert.Single(notice.Occurrences);
        Assert.Equal(Beijing.At(2026, 10, 1, 9), occurrence.DueUtc);
        Assert.Equal(TimeSpan.Zero, occurrence.DueUtc.Offset);
        Assert.Equal("2026-10-01T01:00Z#in-effect", occurrence.Id);
    }

    [Fact]
    public void Plan_OneOffResidentWindow_OpeningAndClosingReminders()
    {
        var plan = Plan(Item(ItemKind.Window, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), audience: ItemAudience.Residents), Beijing.At(2026, 9, 1, 10));

        Assert.Equal([Beijing.At(2026, 10, 1, 9)], Due(plan, NoticeKinds.ResidentWindowOpening));
        Assert.Equal([Beijing.At(2026, 12, 17, 9), Beijing.At(2026, 12, 28, 9)], Due(plan, NoticeKinds.ResidentWindowClosing));
        Assert.All(plan.Notices.SelectMany(n => n.Occurrences), o => Assert.Equal(new WindowPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), o.Period));
    }

    [Fact]
    public void Plan_ShortWindow_NoClosingReminderBeforeItOpens()
    {
        var plan = Plan(Item(ItemKind.Window, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 10), audience: ItemAudience.Residents), Beijing.At(2026, 9, 1, 10));

        Assert.Equal([Beijing.At(2026, 10, 7, 9)], Due(plan, NoticeKinds.ResidentWindowClosing));
    }

    [Fact]
    public void Plan_YearlyWindowApprovedBeforeOpening_PlansThisYearsPeriodIntoNextYear()
    {
        var plan = Plan(YearlyWindow(new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 25)), Beijing.At(2026, 8, 20, 10));

        Assert.False(plan.Expired);
        Assert.Equal([Beijing.At(2026, 9, 1, 9)], Due(plan, NoticeKinds.ResidentWindowOpening));
        Assert.Equal([Beijing.At(2027, 2, 11, 9), Beijing.At(2027, 2, 22, 9)], Due(plan, NoticeKinds.ResidentWindowClosing));
        Assert.All(plan.Notices.SelectMany(n => n.Occurrences), o => Assert.Equal(new WindowPeriod(new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 25)), o.Period));
        Assert.Equal("2026-09-01T01:00Z#opening", plan.Notices[0].Occurrences[0].Id);
    }

    [Fact]
    public void Plan_YearlyWindowApprovedJustAfterNewYear_KeepsOnlyClosingReminders()
    {
        var plan = Plan(YearlyWindow(new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 25)), new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero));

        Assert.Equal([NoticeKinds.ResidentWindowClosing], plan.Notices.Select(n => n.TemplateKind));
        Assert.Equal([Beijing.At(2027, 2, 11, 9), Beijing.At(2027, 2, 22, 9)], Due(plan, NoticeKinds.ResidentWindowClosing));
    }

    [Fact]
    public void Plan_YearlyWindowApprovedAfterLastReminder_RollsToNextYear()
    {
        var plan = Plan(YearlyWindow(new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 25)), Beijing.At(2027, 2, 23, 10));

        Assert.False(plan.Expired);
        Assert.Equal([Beijing.At(2027, 9, 1, 9)], Due(plan, NoticeKinds.ResidentWindowOpening));
        Assert.Equal([Beijing.At(2028, 2, 11, 9), Beijing.At(2028, 2, 22, 9)], Due(plan, NoticeKinds.ResidentWindowClosing));
    }

    [Fact]
    public void Plan_YearlyWindowEndingFebruary29_EndsFebruary28InNonLeapYear()
    {
        var plan = Plan(YearlyWindow(new DateOnly(2023, 9, 1), new DateOnly(2024, 2, 29)), Beijing.At(2024, 3, 1, 10));

        var period = plan.Notices[0].Occurrences[0].Period;
        Assert.Equal(new WindowPeriod(new DateOnly(2024, 9, 1), new DateOnly(2025, 2, 28)), period);
        Assert.Equal([Beijing.At(2025, 2, 14, 9), Beijing.At(2025, 2, 25, 9)], Due(plan, NoticeKinds.ResidentWindowClosing));
    }

    [Fact]
    public void NextPeriod_YearlyWindowEndingFebruary29_BackToFebruary29InLeapYear()
    {
        var item = YearlyWindow(new DateOnly(2023, 9, 1), new DateOnly(2024, 2, 29));

        var next = OccurrencePlanner.NextPeriod(item, new WindowPeriod(new DateOnly(2024, 9, 1), new DateOnly(2025, 2, 28)));
        var leap = OccurrencePlanner.NextPeriod(item, new WindowPeriod(new DateOnly(2026, 9, 1), new DateOnly(2027, 2, 28)));

        Assert.Equal(new WindowPeriod(new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 28)), next);
        Assert.Equal(new WindowPeriod(new DateOnly(2027, 9, 1), new DateOnly(2028, 2, 29)), leap);
    }

    [Fact]
    public void Plan_YearlyWindowTwoPeriods_PlansBothInOrder()
    {
        var options = new ScheduleOptions { YearlyWindowPeriods = 2 };
        var plan = OccurrencePlanner.Plan(YearlyWindow(new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 25)), Beijing.At(2026, 8, 20, 10), options);

        Assert.Equal([Beijing.At(2026, 9, 1, 9), Beijing.At(2027, 9, 1, 9)], Due(plan, NoticeKinds.ResidentWindowOpening));
        Assert.Equal(4, Due(plan, NoticeKinds.ResidentWindowClosing).Count);
    }

    [Fact]
    public void Plan_UnitWindow_DeadlineOnItsEnd()
    {
        var plan = Plan(Item(ItemKind.Window, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 31)), Beijing.At(2026, 9, 1, 10));

        Assert.Equal(Beijing.At(2026, 12, 31, 9), Due(plan, NoticeKinds.UnitDeadlineNudge)[^1]);
    }

    [Theory]
    [InlineData(ItemKind.Deadline, ItemAudience.Units)]
    [InlineData(ItemKind.Effective, ItemAudience.Residents)]
    [InlineData(ItemKind.Window, ItemAudience.Residents)]
    [InlineData(ItemKind.Target, ItemAudience.Units)]
    public void Plan_EveryDateBeforeApproval_ExpiredWithNothingToSend(ItemKind kind, ItemAudience audience)
    {
        var plan = Plan(Item(kind, new DateOnly(2019, 10, 1), kind == ItemKind.Window ? new DateOnly(2020, 2, 25) : null, audience: audience), Beijing.At(2026, 9, 1, 10));

        Assert.True(plan.Expired);
        Assert.Empty(plan.Notices);
        Assert.Contains("item-1", plan.ExpiredReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_RecurringThatEnded_Expired()
    {
        var plan = Plan(Item(ItemKind.Recurring, null, new DateOnly(2025, 12, 31), "FREQ=MONTHLY;BYMONTHDAY=16"), Beijing.At(2026, 9, 1, 10));

        Assert.True(plan.Expired);
        Assert.Empty(plan.Notices);
    }

    [Fact]
    public void Plan_YearlyWindowFromLongAgo_NeverExpires()
        => Assert.False(Plan(YearlyWindow(new DateOnly(2018, 9, 1), new DateOnly(2019, 2, 25)), Beijing.At(2026, 9, 1, 10)).Expired);

    [Fact]
    public void Plan_SameItemAgainLater_SameIdsForRemainingOccurrences()
    {
        var item = YearlyWindow(new DateOnly(2025, 9, 1), new DateOnly(2026, 2, 25));
        var first = Ids(Plan(item, Beijing.At(2026, 8, 20, 10)));
        var again = Ids(Plan(item, Beijing.At(2026, 8, 20, 10)));
        var later = Ids(Plan(item, Beijing.At(2026, 10, 1, 10)));

        Assert.Equal(first, again);
        Assert.Equal(first.Skip(1), later);
        var deadline = Item(ItemKind.Deadline, new DateOnly(2026, 10, 31));
        Assert.Equal(Ids(Plan(deadline, Beijing.At(2026, 9, 1, 10))), Ids(Plan(deadline, Beijing.At(2026, 9, 1, 10))));
    }

    [Fact]
    public void Plan_MonthlyOnThe16th_LeadTimeBeforeEachDueDayWithinHorizon()
    {
        var plan = Plan(Item(ItemKind.Recurring, null, null, "FREQ=MONTHLY;BYMONTHDAY=16"), Beijing.At(2026, 9, 1, 10));

        var notice = Assert.Single(plan.Notices);
        Assert.Equal(NoticeKinds.UnitRecurringReport, notice.TemplateKind);
        Assert.Equal(13, notice.Occurrences.Count);
        Assert.Equal(Beijing.At(2026, 9, 13, 9), notice.Occurrences[0].DueUtc);
        Assert.Equal(new DateOnly(2026, 9, 16), notice.Occurrences[0].ForDate);
        Assert.Equal(new DateOnly(2027, 9, 16), notice.Occurrences[^1].ForDate);
        Assert.Equal(notice.Occurrences.Count, notice.Occurrences.Select(o => o.Id).Distinct().Count());
    }

    [Fact]
    public void Plan_MonthlyOnThe31st_LastDayOfShortMonths()
    {
        var plan = Plan(Item(ItemKind.Recurring, null, null, "FREQ=MONTHLY;BYMONTHDAY=31"), Beijing.At(2026, 1, 1, 0));

        Assert.Equal(
            [new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)],
            plan.Notices[0].Occurrences.Take(4).Select(o => o.ForDate));
        Assert.Equal(Beijing.At(2026, 2, 25, 9), plan.Notices[0].Occurrences[1].DueUtc);
    }

    [Theory]
    [InlineData("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1")]
    [InlineData("FREQ=MONTHLY;INTERVAL=3")]
    public void Plan_QuarterEnds_LastDayOfEachQuarter(string rule)
    {
        var plan = Plan(Item(ItemKind.Recurring, null, null, rule), Beijing.At(2026, 1, 1, 10));

        Assert.Equal(
            [new DateOnly(2026, 3, 31), new DateOnly(2026, 6, 30), new DateOnly(2026, 9, 30), new DateOnly(2026, 12, 31)],
            plan.Notices[0].Occurrences.Select(o => o.ForDate));
        Assert.Equal(Beijing.At(2026, 3, 28, 9), plan.Notices[0].Occurrences[0].DueUtc);
    }

    [Fact]
    public void Plan_YearlyOnSeptemberFirst_OncePerYear()
    {
        var plan = Plan(Item(ItemKind.Recurring, null, null, YearlyRule), Beijing.At(2026, 1, 1, 10));

        Assert.Equal([Beijing.At(2026, 8, 29, 9)], plan.Notices[0].Occurrences.Select(o => o.DueUtc));
    }

    [Fact]
    public void Plan_MonthlyWithoutDay_LastDayOfEachMonth()
    {
        var plan = Plan(Item(ItemKind.Recurring, null, null, "FREQ=MONTHLY"), Beijing.At(2028, 1, 1, 10));

        Assert.Equal([new DateOnly(2028, 1, 31), new DateOnly(2028, 2, 29)], plan.Notices[0].Occurrences.Take(2).Select(o => o.ForDate));
    }

    [Fact]
    public void Plan_WeeklyOnMonday_EveryMonday()
    {
        var plan = Plan(Item(ItemKind.Recurring, null, null, "FREQ=WEEKLY;BYDAY=MO"), Beijing.At(2026, 9, 1, 10));

        var dates = plan.Notices[0].Occurrences.Select(o => o.ForDate).ToList();
        Assert.All(dates, d => Assert.Equal(DayOfWeek.Monday, d.DayOfWeek));
        Assert.Equal(new DateOnly(2026, 9, 7), dates[0]);
        Assert.Equal(7, dates[1].DayNumber - dates[0].DayNumber);
    }

    [Fact]
    public void Plan_LeadTimeAlreadyPassedForFirstDueDay_SkipsIt()
    {
        var plan = Plan(Item(ItemKind.Recurring, null, null, "FREQ=MONTHLY;BYMONTHDAY=16"), Beijing.At(2026, 9, 14, 10));

        Assert.Equal(new DateOnly(2026, 10, 16), plan.Notices[0].Occurrences[0].ForDate);
    }

    [Fact]
    public void Plan_RecurrenceItCannotHonour_ThrowsClearMessage()
    {
        var error = Assert.Throws<FormatException>(() => Plan(Item(ItemKind.Recurring, null, null, "FREQ=DAILY;INTERVAL=10"), Beijing.At(2026, 9, 1, 10)));

        Assert.Contains("FREQ=DAILY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_DeadlineWithoutDate_ThrowsNamingTheItem()
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(Item(ItemKind.Deadline, null), Beijing.At(2026, 9, 1, 10)));

        Assert.Contains("item-1", error.Message, StringComparison.Ordinal);
    }

    private static NoticePlan Plan(PlannedItem item, DateTimeOffset approvedAtUtc) => OccurrencePlanner.Plan(item, approvedAtUtc, Options);

    private static PlannedItem Item(ItemKind kind, DateOnly? date, DateOnly? end = null, string? recurrence = null, ItemAudience audience = ItemAudience.Units)
        => new("item-1", kind, date, end, recurrence, audience);

    private static PlannedItem YearlyWindow(DateOnly start, DateOnly end)
        => Item(ItemKind.Window, start, end, YearlyRule, ItemAudience.Residents);

    private static List<DateTimeOffset> Due(NoticePlan plan, string templateKind)
        => [.. plan.Notices.Single(n => n.TemplateKind == templateKind).Occurrences.Select(o => o.DueUtc)];

    private static List<string> Ids(NoticePlan plan) => [.. plan.Notices.SelectMany(n => n.Occurrences).Select(o => o.Id)];
}
