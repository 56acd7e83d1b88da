using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Notices;

namespace Notify.Core.Tests.Notices;

public class TaskSentenceSuggesterTests
{
    public static TheoryData<string, int, string> SampleTasks() => new()
    {
        { "jalaid-medical-insurance-2027.txt", 2, "完成参保人员信息核对" },
        { "jalaid-medical-insurance-2027.txt", 3, "向旗医疗保障局报送上月参保缴费进度" },
        { "baotou-insurance-progress-reporting-2026.txt", 0, "向市医疗保障局待遇保障科报送截至上月末的参保缴费进度" },
        { "baotou-insurance-progress-reporting-2026.txt", 1, "报送上一季度工作小结" },
        { "baotou-insurance-progress-reporting-2026.txt", 2, "报送年度参保缴费工作总结" },
        { "baotou-elderly-care-plan-2026.txt", 0, "完成独居、失能、特困老年人摸底登记" },
        { "baotou-elderly-care-plan-2026.txt", 2, "实现市、旗县区、苏木乡镇（街道）三级平台数据互通" },
        { "baotou-elderly-care-plan-2026.txt", 3, "向市民政局报送工作进展" },
        { "baotou-elderly-care-plan-2026.txt", 4, "执行本方案" },
    };

    [Theory]
    [MemberData(nameof(SampleTasks))]
    public void Suggest_SampleUnitItem_IsTheVerbPhraseOfItsAssignment(string fileName, int index, string expected)
    {
        var item = NoticeTestItems.Sample(fileName).Items[index];

        Assert.Equal(ItemAudience.Units, item.Audience);
        Assert.Equal(expected, TaskSentenceSuggester.Suggest(item).Text);
    }

    [Fact]
    public void Suggest_NoTaskVerb_GivesNoTaskAndAReason()
    {
        var task = TaskSentenceSuggester.Suggest(NoticeTestItems.Item("2026年12月底前，各地城乡居民参保率稳定在95%以上。", ItemKind.Target, ItemAudience.Units));

        Assert.Null(task.Text);
        Assert.Contains("set task", task.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_ClauseLongerThanTheLimit_GivesNoTaskRatherThanACutOne()
    {
        var quote = "2027年3月底前，各旗县区完成全部定点医药机构医保信息系统接口改造和编码贯标以及结算清单质控与数据上传核对等工作。";

        var task = TaskSentenceSuggester.Suggest(NoticeTestItems.Item(quote, audience: ItemAudience.Units));

        Assert.Null(task.Text);
        Assert.Contains("more than 40", task.Reason, StringComparison.Ordinal);
    }
}
