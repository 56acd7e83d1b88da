using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Notices;
using Notify.Core.Residents;

namespace Notify.Core.Tests.Notices;

public class ResidentNoticeClassifierTests
{
    [Theory]
    [InlineData("2027年度城乡居民医保集中缴费期自2026年9月1日起至2027年2月25日止。", ResidentNoticeKind.ContributionWindow)]
    [InlineData("参保人员应于2026年12月31日前缴纳2027年度个人缴费。", ResidentNoticeKind.ContributionWindow)]
    [InlineData("符合条件的老年人可于2027年3月1日至4月30日申请居家养老服务补贴。", ResidentNoticeKind.BenefitApplication)]
    [InlineData("困难残疾人生活补贴请于2027年5月31日前向所在社区申领。", ResidentNoticeKind.BenefitApplication)]
    [InlineData("高龄津贴于每季度末前发放至本人社会保障卡。", ResidentNoticeKind.SubsidyPayment)]
    [InlineData("本办法自2027年1月1日起施行。", ResidentNoticeKind.RuleInEffect)]
    [InlineData("新的门诊报销比例自2027年1月1日起执行。", ResidentNoticeKind.RuleInEffect)]
    [InlineData("2027年6月底前，全市社区卫生服务站完成改造。", ResidentNoticeKind.Information)]
    public void Classify_SentenceOfEachShape_IsItsKind(string quote, ResidentNoticeKind expected)
    {
        Assert.Equal(expected, ResidentNoticeClassifier.Classify(NoticeTestItems.Item(quote)));
    }

    [Fact]
    public void Classify_BenefitWithAMonthlyAmount_IsAPayment()
    {
        var item = NoticeTestItems.Item("对失能老年人给予护理补贴。", amounts: new AmountRule("失能", 100, Period: "month", Basis: "per-person"));

        Assert.Equal(ResidentNoticeKind.SubsidyPayment, ResidentNoticeClassifier.Classify(item));
    }

    [Fact]
    public void Classify_EffectiveItemWithoutEffectWords_IsARuleInEffect()
    {
        Assert.Equal(ResidentNoticeKind.RuleInEffect, ResidentNoticeClassifier.Classify(NoticeTestItems.Item("2027年1月1日起，门诊报销比例提高至60%。", ItemKind.Effective)));
    }

    [Fact]
    public void Classify_JalaidWindows_AreContributionWindows()
    {
        var residents = NoticeTestItems.Sample("jalaid-medical-insurance-2027.txt").Items.Where(item => item.Audience == ItemAudience.Residents).ToList();

        Assert.Equal(2, residents.Count);
        Assert.All(residents, item => Assert.Equal(ResidentNoticeKind.ContributionWindow, ResidentNoticeClassifier.Classify(item)));
    }

    [Fact]
    public void Classify_ElderlyCareSubsidy_IsASubsidyPaymentNotAContribution()
    {
        var subsidy = Assert.Single(NoticeTestItems.Sample("baotou-elderly-care-plan-2026.txt").Items, item => item.Audience == ItemAudience.Residents);

        Assert.Equal(ResidentNoticeKind.SubsidyPayment, ResidentNoticeClassifier.Classify(subsidy));
    }
}
