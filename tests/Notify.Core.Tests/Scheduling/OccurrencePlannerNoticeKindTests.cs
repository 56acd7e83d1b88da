using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Notices;
using Notify.Core.Scheduling;

namespace Notify.Core.Tests.Scheduling;

public sealed class OccurrencePlannerNoticeKindTests
{
    private static readonly DateTimeOffset Approved = Beijing.At(2027, 2, 1, 10);

    [Theory]
    [InlineData(null, NoticeKinds.ResidentWindowOpening, NoticeKinds.ResidentWindowClosing)]
    [InlineData(ResidentNoticeKind.ContributionWindow, NoticeKinds.ResidentWindowOpening, NoticeKinds.ResidentWindowClosing)]
    [InlineData(ResidentNoticeKind.BenefitApplication, NoticeKinds.ResidentApplyOpening, NoticeKinds.ResidentApplyClosing)]
    public void Plan_ResidentWindowOfAKind_OpensAndClosesWithItsTemplates(ResidentNoticeKind? kind, string opening, string closing)
    {
        var plan = Plan(ItemKind.Window, new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30), kind);

        Assert.Equal([opening, closing], plan.Notices.Select(notice => notice.TemplateKind));
        Assert.Equal(Beijing.At(2027, 3, 1, 9), plan.Notices[0].Occurrences.Single().DueUtc);
        Assert.Equal([Beijing.At(2027, 4, 16, 9), Beijing.At(2027, 4, 27, 9)], plan.Notices[1].Occurrences.Select(o => o.DueUtc));
    }

    [Fact]
    public void Plan_BenefitApplicationDeadline_RemindsWithApplyClosing()
    {
        var plan = Plan(ItemKind.Deadline, new DateOnly(2027, 4, 30), null, ResidentNoticeKind.BenefitApplication);

        Assert.Equal(NoticeKinds.ResidentApplyClosing, Assert.Single(plan.Notices).TemplateKind);
    }

    [Theory]
    [InlineData(ResidentNoticeKind.SubsidyPayment, NoticeKinds.ResidentSubsidyPayment)]
    [InlineData(ResidentNoticeKind.Information, NoticeKinds.ResidentInformation)]
    public void Plan_DeadlineOfASingleNoticeKind_SendsOnceAheadByTheEarliestClosingReminder(ResidentNoticeKind kind, string templateKind)
    {
        var plan = Plan(ItemKind.Deadline, new DateOnly(2027, 12, 31), null, kind);

        var notice = Assert.Single(plan.Notices);
        Assert.Equal(templateKind, notice.TemplateKind);
        var occurrence = Assert.Single(notice.Occurrences);
        Assert.Equal(Beijing.At(2027, 12, 17, 9), occurrence.DueUtc);
        Assert.Equal(new DateOnly(2027, 12, 31), occurrence.Period!.Value.End);
    }

    [Fact]
    public void Plan_SubsidyPaymentWindow_SendsOnItsFirstDay()
    {
        var plan = Plan(ItemKind.Window, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), ResidentNoticeKind.SubsidyPayment);

        Assert.Equal(Beijing.At(2027, 3, 1, 9), Assert.Single(Assert.Single(plan.Notices).Occurrences).DueUtc);
    }

    [Fact]
    public void Plan_RuleInEffectWindow_IsAPolicyInEffectNoticeOnItsStart()
    {
        var plan = Plan(ItemKind.Window, new DateOnly(2027, 3, 1), new DateOnly(2027, 12, 31), ResidentNoticeKind.RuleInEffect);

        var notice = Assert.Single(plan.Notices);
        Assert.Equal(NoticeKinds.PolicyInEffect, notice.TemplateKind);
        Assert.Equal(Beijing.At(2027, 3, 1, 9), Assert.Single(notice.Occurrences).DueUtc);
    }

    [Fact]
    public void Plan_UnitItem_IgnoresAResidentNoticeKind()
    {
        var item = new PlannedItem("item-1", ItemKind.Deadline, new DateOnly(2027, 3, 31), null, null, ItemAudience.Units, ResidentNoticeKind.Information);

        var plan = OccurrencePlanner.Plan(item, Approved, ScheduleOptions.Default);

        Assert.Equal([NoticeKinds.UnitDeadlineNudge, NoticeKinds.UnitOverdue], plan.Notices.Select(notice => notice.TemplateKind));
    }

    private static NoticePlan Plan(ItemKind kind, DateOnly date, DateOnly? end, ResidentNoticeKind? noticeKind) =>
        OccurrencePlanner.Plan(new PlannedItem("item-1", kind, date, end, null, ItemAudience.Residents, noticeKind), Approved, ScheduleOptions.Default);
}
