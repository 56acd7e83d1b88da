using Notify.Core.Extraction;
using Notify.Core.Notices;

namespace Notify.Core.Tests.Notices;

public class ProgramNameSuggesterTests
{
    [Fact]
    public void Suggest_JalaidWindows_NameTheYearAndScheme()
    {
        var sample = NoticeTestItems.Sample("jalaid-medical-insurance-2027.txt");

        var names = sample.Items.Where(item => item.Audience == ItemAudience.Residents)
            .Select(item => ProgramNameSuggester.Suggest(item, ResidentNoticeKind.ContributionWindow, sample.Documents[0].Title).Text);

        Assert.All(names, name => Assert.Equal("2027年度城乡居民医保缴费", name));
    }

    [Fact]
    public void Suggest_ElderlyCareSubsidy_NamesTheSubsidyAndWhoGetsIt()
    {
        var sample = NoticeTestItems.Sample("baotou-elderly-care-plan-2026.txt");
        var subsidy = Assert.Single(sample.Items, item => item.Audience == ItemAudience.Residents);

        var name = ProgramNameSuggester.Suggest(subsidy, ResidentNoticeKind.SubsidyPayment, sample.Documents[0].Title);

        Assert.Equal("80周岁以上失能老年人护理补贴", name.Text);
    }

    [Fact]
    public void Suggest_RuleInEffect_TakesTheTitlesSubject()
    {
        var item = NoticeTestItems.Item("本方案自2026年4月1日起施行。");

        var name = ProgramNameSuggester.Suggest(item, ResidentNoticeKind.RuleInEffect, "包头市人民政府办公室关于印发包头市居家养老服务提升行动方案的通知");

        Assert.Equal("包头市居家养老服务提升行动方案", name.Text);
    }

    [Fact]
    public void Suggest_NothingShortEnough_GivesNoNameAndAReason()
    {
        var item = NoticeTestItems.Item("2027年6月底前，全市社区卫生服务站完成改造。");

        var name = ProgramNameSuggester.Suggest(item, ResidentNoticeKind.Information, "某某市人民政府关于印发某某市推进基层医疗卫生服务能力全面提升三年行动计划的通知");

        Assert.Null(name.Text);
        Assert.Contains("programName", name.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("符合条件的老年人可于2027年3月1日至4月30日申请居家养老服务补贴。", "居家养老服务补贴")]
    [InlineData("对困难残疾人发放生活补贴，请于2027年5月31日前申领。", "困难残疾人生活补贴")]
    public void Suggest_BenefitSentence_NamesTheBenefit(string quote, string expected)
    {
        Assert.Equal(expected, ProgramNameSuggester.Suggest(NoticeTestItems.Item(quote), ResidentNoticeKind.BenefitApplication, null).Text);
    }

    [Fact]
    public void Suggest_AnyName_IsNeverCut()
    {
        var items = new[] { "baotou-elderly-care-plan-2026.txt", "jalaid-medical-insurance-2027.txt" }
            .Select(NoticeTestItems.Sample)
            .SelectMany(sample => sample.Items.Select(item => ProgramNameSuggester.Suggest(item, ResidentNoticeClassifier.Classify(item), sample.Documents[0].Title).Text));

        Assert.All(items.OfType<string>(), name =>
        {
            Assert.DoesNotContain("…", name, StringComparison.Ordinal);
            Assert.InRange(name.Length, 2, ProgramNameSuggester.MaxLength);
        });
    }
}
