using Notify.Core.Units;

namespace Notify.Core.Tests.Units;

/// <summary>
/// Shapes of assignment that notices from other places take: unfamiliar role labels, groups and bodies
/// outside the directory, unclosed parentheticals, fronted time phrases and several leads by sub-task.
/// Every example is invented in the shape of a real one.
/// </summary>
public class ResponsibleUnitLocatorShapeTests
{
    private readonly ResponsibleUnitLocator _locator = new();

    [Fact]
    public void Locate_LeadCooperationAndResponsibilityLabels_TheThirdListCooperatesAndNoLabelIsKeptInAName()
    {
        var map = Locate(["4. 2024年9月底前完成城区供水管网排查。（牵头单位：市住建局；协作单位：市财政局、市应急管理局；责任单位：各旗县区人民政府）"], "baotou");

        var item = map.For(0, 3);
        Assert.Equal(["市住建局"], Names(item.Lead));
        Assert.Equal(["市财政局", "市应急管理局", "各旗县区人民政府"], Names(item.Cooperating));
    }

    [Fact]
    public void Locate_UnfamiliarLabels_AreReadAsLabelsWithTheirRole()
    {
        var map = Locate(["2. 2024年10月底前建成社区养老服务驿站。（主抓部门：市民政局；支持部门：市财政局、市人社局）"], "baotou");

        var item = map.For(0, 3);
        Assert.Equal(["市民政局"], Names(item.Lead));
        Assert.Equal(["市财政局", "市人社局"], Names(item.Cooperating));
    }

    [Fact]
    public void Locate_ParentheticalOpeningWithSubTasksAndALabelAfterTheSemicolon_SplitsTopicsAndLabelFromTheNames()
    {
        var map = Locate(["3. 2024年8月底前完成城区环境整治。（供水保障工作由市水务局牵头，燃气安全工作由市住建局牵头；责任单位：各旗县区人民政府）"], "baotou");

        var item = map.For(0, 3);
        Assert.Equal(["市水务局", "市住建局"], Names(item.Lead));
        Assert.Equal(["各旗县区人民政府"], Names(item.Cooperating));
    }

    [Fact]
    public void Locate_TopicLedByAUnitInRunningText_TheUnitLeads()
    {
        var map = Locate(["5. 冬季清雪工作由市城管执法局牵头，2024年11月底前完成设备检修。"], "baotou");

        var item = map.For(0, 20);
        Assert.Equal(["市城管执法局"], Names(item.Lead));
        Assert.DoesNotContain(item.Lead.Concat(item.Cooperating), u => u.Name.Contains('由', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("各单位要于2024年6月30日前报送自查报告。", "各单位")]
    [InlineData("三、各地区、各部门务必于2024年7月15日前完成问题整改。", "各地区")]
    [InlineData("各牵头单位要于每季度末前报送任务进展。", "各牵头单位")]
    [InlineData("全市医联体各成员单位及牵头医院要于每月10日前报送转诊数据。", "全市医联体各成员单位")]
    public void Locate_GroupSubject_IsKeptAsWritten(string line, string lead)
    {
        var map = Locate([line], null);

        var item = map.For(0, line.IndexOf('于', StringComparison.Ordinal));
        Assert.Equal(lead, Assert.Single(item.Lead).Name);
    }

    [Fact]
    public void Locate_GroupSubjectsJoinedByConjunction_AllTakePart()
    {
        const string Line = "全市医联体各成员单位及牵头医院要于每月10日前报送转诊数据。";
        var map = Locate([Line], null);

        var item = map.For(0, Line.IndexOf('于', StringComparison.Ordinal));
        Assert.Equal(["牵头医院"], Names(item.Cooperating));
    }

    [Fact]
    public void Locate_VerbBeforeAGroup_IsNoSubject()
    {
        const string Line = "通过以奖代补方式，引导各地区于2024年底前完成普惠性幼儿园建设。";
        var map = Locate([Line], null);

        Assert.True(map.For(0, Line.IndexOf('于', StringComparison.Ordinal)).IsEmpty);
    }

    [Fact]
    public void Locate_GroupWithARemarkJoinedByConjunction_IsSplitAfterTheRemark()
    {
        const string Line = "各相关部门（单位）及牵头医院要于每月16日前报送监测表。";
        var map = Locate([Line], null);

        var item = map.For(0, Line.IndexOf('于', StringComparison.Ordinal));
        Assert.Equal(["各相关部门（单位）"], Names(item.Lead));
        Assert.Equal(["牵头医院"], Names(item.Cooperating));
    }

    [Fact]
    public void Locate_ListWithBodiesOutsideTheDirectory_KeepsThemAndTheNamesAfterThem()
    {
        var map = Locate(["6. 2024年5月底前开展健康科普宣传月活动。（牵头单位：市卫健委；配合单位：市科技局、草原晚报社、市广播电视台、市总工会）"], "baotou");

        var item = map.For(0, 3);
        Assert.Equal(["市卫健委"], Names(item.Lead));
        Assert.Equal(["市科技局", "草原晚报社", "市广播电视台", "市总工会"], Names(item.Cooperating));
        Assert.False(item.Cooperating[1].Known);
        Assert.False(item.Cooperating[2].Known);
        Assert.Equal("baotou.trade-union", item.Cooperating[3].UnitId);
    }

    [Fact]
    public void Locate_ParentheticalLeftOpenAtTheParagraphEnd_StillAssigns()
    {
        var map = Locate(
            [
                "1. 2024年底前，全市新建社区卫生服务站20个。（牵头单位：市卫健委；配合单位：市财政局",
                "2. 完善基层医疗人才培养机制。",
            ],
            "baotou");

        var item = map.For(0, 3);
        Assert.Equal(["市卫健委"], Names(item.Lead));
        Assert.Equal(["市财政局"], Names(item.Cooperating));
        Assert.True(map.For(1, 0).IsEmpty);
    }

    [Fact]
    public void Locate_FrontedTimePhrase_TakesTheSubjectOfItsOwnSentence()
    {
        const string Line = "各旗县区人民政府要做好机构摸底工作。2024年6月底前，对符合条件的机构，市委编办要完成登记。";
        var map = Locate([Line], "baotou");

        var item = map.For(0, Line.IndexOf("2024年", StringComparison.Ordinal));
        Assert.Equal(["市委编办"], Names(item.Lead));
        Assert.Equal(["各旗县区人民政府"], Names(map.For(0, 2).Lead));
    }

    [Fact]
    public void Locate_SubjectCarriesIntoTheNextSubjectlessSentenceOnly()
    {
        const string Line = "市民政局要建立工作台账。每月5日前更新台账。2024年底前完成全部入户核查。";
        var map = Locate([Line], "baotou");

        Assert.Equal(["市民政局"], Names(map.For(0, Line.IndexOf("每月", StringComparison.Ordinal)).Lead));
        Assert.True(map.For(0, Line.IndexOf("2024年", StringComparison.Ordinal)).IsEmpty);
    }

    [Fact]
    public void Locate_SeveralLeadsBySubTask_AnItemTakesTheLeadOfItsOwnSubTask()
    {
        var map = Locate(
            [
                "（三）推进节水农业",
                "责任分工：市农牧局牵头负责种植结构调整，市水务局牵头负责灌区改造，各旗县区人民政府负责组织实施。",
                "1. 到2025年底，灌区改造完成80%。",
                "2. 2024年6月底前制定种植结构调整方案。",
                "3. 2024年底前建立节水考核制度。",
            ],
            "baotou");

        var irrigation = map.For(2, 3);
        Assert.Equal(["市水务局"], Names(irrigation.Lead));
        Assert.Equal(["各旗县区人民政府"], Names(irrigation.Cooperating));
        Assert.Equal(["市农牧局"], Names(map.For(3, 3).Lead));
        Assert.Equal(["市农牧局", "市水务局"], Names(map.For(4, 3).Lead));
    }

    private ResponsibilityMap Locate(string[] texts, string? jurisdiction) => _locator.Locate(TestLines.Of(texts), jurisdiction);

    private static IEnumerable<string> Names(IEnumerable<UnitMatch> units) => units.Select(u => u.Name);
}
