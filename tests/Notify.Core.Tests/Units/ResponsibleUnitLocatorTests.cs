using Notify.Core.Text;
using Notify.Core.Units;

namespace Notify.Core.Tests.Units;

public class ResponsibleUnitLocatorTests
{
    private readonly ResponsibleUnitLocator _locator = new();

    // A Jalaid work plan: each task is followed by its 牵头单位 and 配合单位 lines.
    private static readonly string[] JalaidTaskBlocks =
    [
        "扎赉特旗城乡居民医疗保障提升工作方案",                                                              // 0
        "三、重点任务",                                                                                      // 1
        "（一）做实参保扩面",                                                                                // 2
        "1. 全面开展参保动员。各苏木乡镇要在2024年12月20日前完成辖区参保动员，确保应保尽保。",              // 3
        "牵头单位：旗医疗保障局",                                                                            // 4
        "配合单位：旗税务局、财政局、卫生健康委员会，各苏木乡镇、种畜繁育中心、党群服务中心",                // 5
        "2. 落实困难群众资助参保。对特困人员、低保对象个人缴费部分给予全额资助，2024年底前资助资金全部到位。", // 6
        "牵头单位：旗民政局、医疗保障局",                                                                    // 7
        "配合单位：旗财政局、乡村振兴局",                                                                    // 8
        "（二）规范基金监管",                                                                                // 9
        "3. 开展定点医药机构专项检查，每季度至少开展1次。",                                                  // 10
        "牵头单位：旗医保局",                                                                                // 11
        "配合单位：旗卫健委、公安局、市场监管局",                                                            // 12
        "四、保障措施",                                                                                      // 13
        "（一）加强组织领导。旗医疗保障局要会同旗财政局定期调度工作进展。",                                  // 14
    ];

    // A Baotou plan: list items closed by a parenthetical, one pushed to its own line by a page break.
    private static readonly string[] BaotouListItems =
    [
        "三、主要任务",                                                                                                       // 0
        "（一）完善政策体系",                                                                                                 // 1
        "1. 制定长期护理保险待遇标准。2024年6月30日前出台失能等级评估办法，明确评估机构条件。（市医保局、卫健委、民政局、财政局、人社局、市场监管局按照职责分别负责）", // 2
        "2. 建立筹资机制。个人缴费与统筹基金划转相结合，每年1月完成年度筹资。",                                           // 3
        "（牵头单位：市医保局；配合单位：市财政局、税务局）",                                                               // 4
        "3. 培育护理服务机构。到2025年，每个旗县区至少建成1家护理服务机构，支持社会力量参与服务供给。",                   // 5
        "（市民政局牵头，市卫健委、住建局配合）",                                                                           // 6
        "4. 做好政策宣传。(责任单位:市医保局、团市委、市委宣传部)",                                                         // 7
    ];

    [Fact]
    public void Locate_TaskBlockWithLeadAndCooperatingLines_AssignsTheBlocksItems()
    {
        var map = Locate(JalaidTaskBlocks, "jalaid");

        var first = map.For(3, 10);
        Assert.Equal(UnitAssignment.AssignmentLineSource, first.Source);
        Assert.Equal(["旗医疗保障局"], Names(first.Lead));
        Assert.Equal(["旗税务局", "旗财政局", "旗卫生健康委员会", "各苏木乡镇", "种畜繁育中心", "党群服务中心"], Names(first.Cooperating));
        Assert.Equal(["jalaid.tax", "jalaid.finance", "jalaid.health", "jalaid.towns", "jalaid.breeding-center", "jalaid.party-service-center"], first.Cooperating.Select(u => u.UnitId));
        Assert.Same(first, map.For(4, 0));
        Assert.Same(first, map.For(5, 0));
    }

    [Fact]
    public void Locate_NextTaskBlock_GetsItsOwnUnitsAndNothingLeaks()
    {
        var map = Locate(JalaidTaskBlocks, "jalaid");

        var second = map.For(6, 0);
        Assert.Equal(["旗民政局", "旗医疗保障局"], Names(second.Lead));
        Assert.Equal(["旗财政局", "旗乡村振兴局"], Names(second.Cooperating));
        Assert.True(map.For(2, 0).IsEmpty);
        Assert.True(map.For(9, 0).IsEmpty);
    }

    [Fact]
    public void Locate_BannerListEndingInMarketRegulation_KeepsTheBannerPrefixAndTheWord()
    {
        var map = Locate(JalaidTaskBlocks, "jalaid");

        var third = map.For(10, 0);
        Assert.Equal(["旗医保局"], Names(third.Lead));
        Assert.Equal(["旗卫健委", "旗公安局", "旗市场监管局"], Names(third.Cooperating));
        Assert.Equal("jalaid.market-regulation", third.Cooperating[2].UnitId);
    }

    [Fact]
    public void Locate_SubjectAfterTheLastBlock_IsTheSubjectNotThePreviousBlocksUnits()
    {
        var map = Locate(JalaidTaskBlocks, "jalaid");

        var subject = map.For(14, 12);
        Assert.Equal(UnitAssignment.SubjectSource, subject.Source);
        Assert.Equal(["旗医疗保障局"], Names(subject.Lead));
        Assert.Equal(["旗财政局"], Names(subject.Cooperating));
    }

    [Fact]
    public void Locate_ClosingParentheticalWithoutMarkedLead_UsesTheFirstListedConventionAndSharesThePrefix()
    {
        var map = Locate(BaotouListItems, "baotou");

        var item = map.For(2, 20);
        Assert.Equal(UnitAssignment.ParentheticalSource, item.Source);
        Assert.Equal(["市医保局"], Names(item.Lead));
        Assert.Equal(["市卫健委", "市民政局", "市财政局", "市人社局", "市市场监管局"], Names(item.Cooperating));
        Assert.Contains(UnitAssignment.FirstListedConvention, item.Reasons);
        Assert.True(map.For(1, 0).IsEmpty);
    }

    [Fact]
    public void Locate_LabelledParentheticalOnItsOwnLine_AppliesToTheItemAbove()
    {
        var map = Locate(BaotouListItems, "baotou");

        var item = map.For(3, 15);
        Assert.Equal(["市医保局"], Names(item.Lead));
        Assert.Equal(["市财政局", "市税务局"], Names(item.Cooperating));
        Assert.DoesNotContain(UnitAssignment.FirstListedConvention, item.Reasons);
    }

    [Fact]
    public void Locate_LeadAndCooperatingMarkedInTheParenthetical_AreTakenAsMarked()
    {
        var map = Locate(BaotouListItems, "baotou");

        var item = map.For(5, 0);
        Assert.Equal(["市民政局"], Names(item.Lead));
        Assert.Equal(["市卫健委", "市住建局"], Names(item.Cooperating));
    }

    [Fact]
    public void Locate_AsciiParenthesesAndColon_AreReadLikeFullWidthOnes()
    {
        var map = Locate(BaotouListItems, "baotou");

        var item = map.For(7, 0);
        Assert.Equal(["市医保局"], Names(item.Lead));
        Assert.Equal(["团市委", "市委宣传部"], Names(item.Cooperating));
        Assert.Equal(["baotou.youth-league", "baotou.publicity"], item.Cooperating.Select(u => u.UnitId));
    }

    [Fact]
    public void Locate_ParentheticalPushedToTheNextLineByAPageBreak_AppliesToThePrecedingParagraph()
    {
        var map = Locate(
            [
                "为做好老年人能力综合评估工作，结合我市实际，现提出如下要求。",
                "全面推行老年人能力评估结果互认，2024年10月底前实现评估数据在民政、卫生健康、医疗保障部门间共享，评估结果作为发放护理补贴的依据。",
                "（市民政局、卫健委、医保局按职责分工负责）",
                "请各地区于每月5日前报送工作进展。",
            ],
            "baotou");

        var paragraph = map.For(1, 30);
        Assert.Equal(["市民政局"], Names(paragraph.Lead));
        Assert.Equal(["市卫健委", "市医保局"], Names(paragraph.Cooperating));
        Assert.Contains(paragraph.Reasons, r => r.Contains("paragraph before it", StringComparison.Ordinal));
        Assert.True(map.For(0, 0).IsEmpty);
        Assert.Equal(["各地区"], Names(map.For(3, 0).Lead));
    }

    [Fact]
    public void Locate_ParentheticalSplitAcrossLinesMidName_JoinsTheNameAndCoversBothLines()
    {
        var map = Locate(
            [
                "6. 规范民办养老机构收费。实行收费项目公示制度，每年1月向社会公布收费标准。（责任单位：市民",
                "政局、发改委、市场监管局）",
                "7. 开展养老服务标准化建设。",
            ],
            "baotou");

        var item = map.For(0, 30);
        Assert.Equal(["市民政局"], Names(item.Lead));
        Assert.Equal(["市发改委", "市市场监管局"], Names(item.Cooperating));
        Assert.Same(item, map.For(1, 0));
        Assert.True(map.For(2, 0).IsEmpty);
    }

    [Fact]
    public void Locate_ResponsibilityLineWithSeveralLeads_CollectsLeadsAndOthersWithFormerNames()
    {
        var map = Locate(
            [
                "5. 推进燃煤锅炉清洁能源改造。2023年底前完成城市建成区10蒸吨以下燃煤锅炉改造。",
                "责任分工：市环保局牵头负责工业锅炉改造，市住建局牵头负责供暖锅炉改造，市发改委、财政局参与。昆区、青山区政府负责组织实施。",
                "6. 加强重污染天气应对。",
            ],
            "baotou");

        var item = map.For(0, 20);
        Assert.Equal(UnitAssignment.AssignmentLineSource, item.Source);
        Assert.Equal(["市环保局", "市住建局"], Names(item.Lead));
        Assert.Equal("baotou.ecology-environment", item.Lead[0].UnitId);
        Assert.Contains("historical name", item.Lead[0].Reason, StringComparison.Ordinal);
        Assert.Equal(["市发改委", "市财政局", "昆区政府", "青山区政府"], Names(item.Cooperating));
        Assert.Equal("baotou.kundulun.government", item.Cooperating[2].UnitId);
        Assert.True(map.For(2, 0).IsEmpty);
    }

    [Fact]
    public void Locate_AssignmentOnATitleOnlyHeading_AppliesToTheWholeBlockBelowIt()
    {
        var map = Locate(
            [
                "二、工作措施",
                "（一）强化资金保障（牵头单位：旗财政局）",
                "1. 足额安排配套资金，2024年3月底前下达。",
                "2. 建立资金拨付台账，每月10日前报送拨付进度。",
                "（二）加强队伍建设",
                "3. 开展业务培训，全年不少于4次。（旗人力资源和社会保障局负责）",
                "（三）优化服务流程",
                "牵头单位：旗政务服务局",
                "配合单位：各苏木乡镇",
                "推行医保业务“一窗通办”，2024年9月底前实现全旗覆盖。",
                "（四）强化督导考核",
            ],
            "jalaid");

        Assert.Equal(["旗财政局"], Names(map.For(2, 0).Lead));
        Assert.Equal(["旗财政局"], Names(map.For(3, 0).Lead));
        Assert.Equal(["旗人力资源和社会保障局"], Names(map.For(5, 0).Lead));
        Assert.True(map.For(4, 0).IsEmpty);
        var underHeading = map.For(9, 0);
        Assert.Equal(["旗政务服务局"], Names(underHeading.Lead));
        Assert.Equal(["各苏木乡镇"], Names(underHeading.Cooperating));
        Assert.True(map.For(10, 0).IsEmpty);
    }

    [Fact]
    public void Locate_SentenceSubjects_AreResponsibleFromTheirClauseOn()
    {
        const string Line = "供热期间，各旗县区人民政府要每日统计投诉办理情况，市城管执法局会同市市场监管局开展收费检查。";
        var map = Locate(
            [
                Line,
                "市住建局、发改委要加强对热价执行情况的监督，2024年11月15日前开展一次专项检查。",
            ],
            "baotou");

        var groups = map.For(0, Line.IndexOf("每日", StringComparison.Ordinal));
        Assert.Equal(["各旗县区人民政府"], Names(groups.Lead));
        Assert.Equal("baotou.counties", groups.Lead[0].UnitId);
        var inspection = map.For(0, Line.IndexOf("收费检查", StringComparison.Ordinal));
        Assert.Equal(["市城管执法局"], Names(inspection.Lead));
        Assert.Equal(["市市场监管局"], Names(inspection.Cooperating));
        var two = map.For(1, 0);
        Assert.Equal(UnitAssignment.SubjectSource, two.Source);
        Assert.Equal(["市住建局"], Names(two.Lead));
        Assert.Equal(["市发改委"], Names(two.Cooperating));
        Assert.Contains(UnitAssignment.FirstListedConvention, two.Reasons);
    }

    [Fact]
    public void Locate_SubjectWithARemarkInBrackets_IsTheGroup()
    {
        var map = Locate(["对未按规划配建幼儿园的，各旗县区人民政府（管委会）应依法进行专项清理，并在2024年底前全部完成整改。"], "baotou");

        var subject = Assert.Single(map.For(0, 40).Lead);
        Assert.Equal("各旗县区人民政府（管委会）", subject.Name);
        Assert.Equal("baotou.counties", subject.UnitId);
    }

    [Fact]
    public void Locate_GroupSubjectsAreKeptAndOtherSubjectsAreNotUnits()
    {
        var map = Locate(
            [
                "请各地区、各有关部门于11月1日前报送落实情况。",
                "市民政局要加强统筹。养老机构要在每年3月底前完成消防安全自查。",
            ],
            "baotou");

        var groups = map.For(0, 10);
        Assert.Equal(["baotou.counties"], groups.Lead.Select(u => u.UnitId));
        Assert.Equal(["各有关部门"], Names(groups.Cooperating));
        Assert.Equal(["市民政局"], Names(map.For(1, 2).Lead));
        Assert.True(map.For(1, 20).IsEmpty);
    }

    [Fact]
    public void Locate_UnitsInsideACitedTitle_AreNotResponsibleUnits()
    {
        var map = Locate(
            [
                "各供热企业要认真执行《包头市住房和城乡建设局关于规范供热服务的通知》（包建发〔2023〕5号）要求，2024年10月15日前完成注水试压。",
                "按照《市民政局、市财政局关于做好高龄津贴发放工作的通知》要求，每月10日前发放上月津贴。",
            ],
            "baotou");

        Assert.True(map.For(0, 60).IsEmpty);
        Assert.True(map.For(1, 30).IsEmpty);
    }

    [Fact]
    public void Locate_UnknownUnitInAnAssignment_IsKeptAsWrittenAndFlagged()
    {
        var map = Locate(["7. 开展养老服务标准化建设，2024年底前发布3项地方标准。（市民政局牵头，市标准化研究院配合）"], "baotou");

        var item = map.For(0, 0);
        Assert.Equal(["市民政局"], Names(item.Lead));
        var unknown = Assert.Single(item.Cooperating);
        Assert.Equal("市标准化研究院", unknown.Name);
        Assert.False(unknown.Known);
        Assert.Null(unknown.UnitId);
        Assert.Contains("route to the issuing office", unknown.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_CooperatingListContinuedAfterAPageBreak_ReadsOnAndDropsTheDebris()
    {
        var split = Locate(
            [
                "7. 完善基本养老服务经费保障机制，2024年起每年安排专项资金。",
                "牵头单位：旗财政局、民政局",
                "配合单位：旗发展和改革委员会",
                "员会、工业和信息化局",
                "8. 严格落实养老服务优惠扶持政策。",
            ],
            "jalaid");
        var joined = Locate(
            [
                "7. 完善基本养老服务经费保障机制，2024年起每年安排专项资金。",
                "牵头单位：旗财政局、民政局",
                "配合单位：旗发展和改革委员会员会、工业和信息化局",
            ],
            "jalaid");

        foreach (var item in new[] { split.For(0, 0), joined.For(0, 0) })
        {
            Assert.Equal(["旗财政局", "旗民政局"], Names(item.Lead));
            Assert.Equal(["旗发展和改革委员会", "旗工业和信息化局"], Names(item.Cooperating));
        }

        Assert.True(split.For(4, 0).IsEmpty);
    }

    [Fact]
    public void Locate_JurisdictionNotGiven_IsInferredFromTheIssuer()
    {
        var map = Locate(
            [
                "扎赉特旗人民政府办公室关于做好冬春救助工作的通知",
                "1. 2024年1月底前完成困难群众摸底排查。",
                "牵头单位：旗民政局",
            ],
            null);

        Assert.Equal("jalaid.civil-affairs", map.For(1, 0).Lead[0].UnitId);
    }

    [Fact]
    public void Locate_RoleWrittenInBracketsAfterAName_MarksThatUnit()
    {
        var map = Locate(["8. 完善老年助餐服务网络，2025年6月底前社区助餐点覆盖率达到80%。（责任单位：市商务局、市民政局（牵头）、市市场监管局）"], "baotou");

        var item = map.For(0, 0);
        Assert.Equal(["市民政局"], Names(item.Lead));
        Assert.Equal(["市商务局", "市市场监管局"], Names(item.Cooperating));
    }

    [Fact]
    public void Locate_LeadAndCooperatingNamedInRunningText_AreReadFromTheWholeSentence()
    {
        const string Line = "（二）建立联席会议制度。由市民政局牵头，市财政局、住建局配合，2024年5月底前建立养老服务联席会议制度。各地区要结合实际抓好落实。";
        var map = Locate([Line], "baotou");

        var sentence = map.For(0, Line.IndexOf("2024年", StringComparison.Ordinal));
        Assert.Equal(["市民政局"], Names(sentence.Lead));
        Assert.Equal(["市财政局", "市住建局"], Names(sentence.Cooperating));
        Assert.Equal(["各地区"], Names(map.For(0, Line.IndexOf("结合实际", StringComparison.Ordinal)).Lead));
    }

    [Fact]
    public void Locate_CompanionLinesAfterTheLabels_ShareTheTasksUnits()
    {
        var map = Locate(
            [
                "1. 推进居家适老化改造。",
                "牵头单位：旗民政局 完成时限：2024年10月底前",
                "配合单位：旗住房和城乡建设局、残疾人联合会",
                "完成时限：2024年12月底前",
                "2. 开展养老机构等级评定。",
            ],
            "jalaid");

        Assert.Equal(["旗民政局"], Names(map.For(1, 0).Lead));
        var deadline = map.For(3, 0);
        Assert.Equal(["旗民政局"], Names(deadline.Lead));
        Assert.Equal(["旗住房和城乡建设局", "旗残疾人联合会"], Names(deadline.Cooperating));
        Assert.True(map.For(4, 0).IsEmpty);
    }

    [Fact]
    public void Locate_TaskTableRows_TakeTheirUnitsFromTheUnitColumns()
    {
        var map = Locate(
            [
                "附表",
                "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |",
                "| --- | --- | --- | --- | --- |",
                "| 1 | 完成困难老年人摸底排查 | 市民政局 | 市卫健委、统计局 | 2024年6月底前 |",
                "| 2 | 建成智慧养老服务平台 | 市工信局 | 市民政局 | 2024年12月底前 |",
                "以上任务纳入年度考核。",
            ],
            "baotou");

        var first = map.For(3, 0);
        Assert.Equal(["市民政局"], Names(first.Lead));
        Assert.Equal(["市卫健委", "市统计局"], Names(first.Cooperating));
        Assert.Equal(["市工信局"], Names(map.For(4, 0).Lead));
        Assert.True(map.For(5, 0).IsEmpty);
    }

    [Fact]
    public void Locate_SubjectAfterAnOpeningWord_IsStillTheSubject()
    {
        var map = Locate(
            [
                "请各旗县区人民政府于每年12月10日前将年度工作总结报送市民政局。",
                "一是旗民政局要会同旗财政局于2024年6月底前制定补贴发放办法。",
            ],
            "baotou");
        var jalaid = Locate(["一是旗民政局要会同旗财政局于2024年6月底前制定补贴发放办法。"], "jalaid");

        var first = map.For(0, 0);
        Assert.Equal(["各旗县区人民政府"], Names(first.Lead));
        Assert.Empty(first.Cooperating);
        var second = jalaid.For(0, 0);
        Assert.Equal(["旗民政局"], Names(second.Lead));
        Assert.Equal(["旗财政局"], Names(second.Cooperating));
    }

    [Fact]
    public void Locate_ProjectTableWhoseTabsBecameSpaces_TakesTheProjectUnitOfEachNumberedRow()
    {
        var map = Locate(
            [
                "附件",
                "序号 项目类别 项目单位 项目名称 竣工时间",
                "1 配电网改造 包头供电公司 城区配电网 改造工程 2024年10月底前完成",
                "2 棚户区改造 昆都仑区人民政府、青山区人民政府 北部片区改造项目 2024年完成",
                "市政府文件",
                "3 扬尘治理 包头市公路养护处 国道扬尘整治 2024年6月完成",
                "（此件公开发布）",
            ],
            "baotou");

        Assert.Equal("baotou.power-supply", Assert.Single(map.For(2, 0).Lead).UnitId);
        var second = map.For(3, 0);
        Assert.Equal(["昆都仑区人民政府"], Names(second.Lead));
        Assert.Equal(["青山区人民政府"], Names(second.Cooperating));
        Assert.True(map.For(4, 0).IsEmpty);
        var company = Assert.Single(map.For(5, 0).Lead);
        Assert.Equal("包头市公路养护处", company.Name);
        Assert.False(company.Known);
        Assert.True(map.For(6, 0).IsEmpty);
    }

    [Fact]
    public void Locate_LabelsAfterSubItems_CoverTheWholeNumberedItem()
    {
        var map = Locate(
            [
                "1. 加强养老护理队伍建设。",
                "（1）2024年完成养老护理员轮训。",
                "（2）2024年底前出台护理员岗位补贴办法。",
                "牵头单位：市人社局",
                "配合单位：市民政局",
                "2. 推进智慧养老。（市工信局负责）",
            ],
            "baotou");

        Assert.Equal(["市人社局"], Names(map.For(1, 0).Lead));
        Assert.Equal(["市人社局"], Names(map.For(2, 0).Lead));
        Assert.Equal(["市人社局"], Names(map.For(0, 0).Lead));
        Assert.Equal(["市工信局"], Names(map.For(5, 0).Lead));
    }

    [Fact]
    public void For_LineOutsideTheDocument_Throws()
    {
        var map = Locate(["（一）加强组织领导。"], "baotou");

        Assert.Throws<ArgumentOutOfRangeException>(() => map.For(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.For(-1, 0));
        Assert.Same(UnitAssignment.None, map.For(0, 0));
    }

    private ResponsibilityMap Locate(string[] texts, string? jurisdiction)
    {
        List<NormalizedLine> lines = TestLines.Of(texts);
        return _locator.Locate(lines, jurisdiction);
    }

    private static IEnumerable<string> Names(IEnumerable<UnitMatch> units) => units.Select(u => u.Name);
}
