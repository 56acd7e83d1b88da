using Notify.Core.Text;

namespace Notify.Core.Tests.Text;

public class TextNormalizerTests
{
    private static string[] Lines(string text) => [.. TextNormalizer.Normalize(text).Lines.Select(line => line.Text)];

    private static string[] Mapped(string text) =>
        [.. TextNormalizer.Normalize(text).Lines.Select(line => $"{line.SourceLine}-{line.LastSourceLine} {line.Text}")];

    [Theory]
    [InlineData("２０２３年１０月底前，ＡＢＣ公司", "2023年10月底前，ABC公司")]
    [InlineData("补贴按3:3:4的比例分三年给予,每年1,000元(含税)!", "补贴按3:3:4的比例分三年给予，每年1,000元（含税）！")]
    [InlineData("按３：３：４的比例；合计１，５００元？", "按3:3:4的比例；合计1,500元？")]
    [InlineData("2023 年 10 月底前，旗直 落实", "2023年10月底前，旗直落实")]
    [InlineData("重点建设完成 36 个村级养老服务站，达到 60% 以上", "重点建设完成36个村级养老服务站，达到60%以上")]
    [InlineData("VOCs  治理 项目，详见 https://www.baotou.gov.cn", "VOCs 治理项目，详见 https://www.baotou.gov.cn")]
    [InlineData("第 12 期 (总第 80 期)　发布", "第12期（总第80期）发布")]
    [InlineData("标准（MZ/T 039-2013）和《规范》〔2018〕【重要】“通知”", "标准（MZ/T 039-2013）和《规范》〔2018〕【重要】“通知”")]
    public void Normalize_Characters_FollowTheSharedForm(string source, string expected)
    {
        Assert.Equal([expected], Lines(source));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("甲", 1)]
    [InlineData("甲\n", 1)]
    [InlineData("甲\n\n", 2)]
    [InlineData("甲\r\n乙\r丙\n丁", 4)]
    public void Normalize_LineEndings_CountLinesAsAnEditorShowsThem(string text, int count)
    {
        Assert.Equal(count, TextNormalizer.Normalize(text).SourceLineCount);
    }

    [Fact]
    public void Normalize_MixedLineEndings_MapToTheRightSourceLines()
    {
        Assert.Equal(["1-1 一、总体要求。", "3-3 二、主要任务。", "4-4 三、保障措施。"], Mapped("一、总体要求。\r\n\r二、主要任务。\n三、保障措施。"));
    }

    [Fact]
    public void Normalize_TableRow_KeepsCellsApart()
    {
        Assert.Equal(["1 工业污染治理 包钢（集团）公司 2019年 270", "2 工业污染治理 包头第一热电厂 2018年 3512"], Lines("1\t工业污染治理\t包钢(集团)公司\t2019 年\t270\n2\t工业污染治理\t包头第一热电厂\t2018年\t3512"));
    }

    [Theory]
    [InlineData("— 12 —")]
    [InlineData("-12-")]
    [InlineData("- 3 -")]
    [InlineData("·12·")]
    [InlineData("第 3 页")]
    [InlineData("第3页 共10页")]
    [InlineData("3/10")]
    [InlineData("12")]
    [InlineData("————")]
    [InlineData("***")]
    public void Normalize_PageFurniture_IsRemovedAndTheSentenceRunsAcross(string furniture)
    {
        var text = $"各地区要在2023年10月底前完成参保信息\n\n{furniture}\n\n核对工作。";

        Assert.Equal(["1-5 各地区要在2023年10月底前完成参保信息核对工作。"], Mapped(text));
    }

    [Fact]
    public void Normalize_RunningHead_IsRemoved()
    {
        var text = "各旗县区要将补贴资金及时足额发放到位，确保每月10日前\n\n市政府办公室文件\n\n发放至个人账户。";

        Assert.Equal(["1-5 各旗县区要将补贴资金及时足额发放到位，确保每月10日前发放至个人账户。"], Mapped(text));
    }

    [Fact]
    public void Normalize_UnknownRunningHeadRepeatedOnEveryPage_IsRemoved()
    {
        var text = "公报专刊\n一、总体要求。\n公报专刊\n二、主要任务。\n公报专刊\n三、保障措施。";

        Assert.Equal(["一、总体要求。", "二、主要任务。", "三、保障措施。"], Lines(text));
    }

    [Fact]
    public void Normalize_MongolianMasthead_IsRemoved()
    {
        var text = "ᠪᠠᠭᠤᠲᠤ ᠬᠣᠲᠠ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ\n包头市人民政府公报\n2021\n第4期(总第112期)\n目 录";

        Assert.Equal(["5-5 目录"], Mapped(text));
    }

    [Fact]
    public void Normalize_GazetteIssueDate_IsRemovedButKept()
    {
        var normalized = TextNormalizer.Normalize("包头市人民政府公报\n2021年5月10日出版\n目 录");

        Assert.Equal(["目录"], normalized.Lines.Select(line => line.Text));
        Assert.Equal([new PublicationDate(new DateOnly(2021, 5, 10), PublicationDateSource.GazetteIssue, 2, 0)], normalized.PublicationDates);
    }

    [Fact]
    public void Normalize_WebChrome_IsRemovedAndThePublicationDateKept()
    {
        var text = """
            当前位置：首页 > 政务公开 > 通知公告
            关于开展2023年度参保缴费工作的通知
            发布日期：2023-09-01 09:30  来源：扎赉特旗医疗保障局  阅读次数：1286
            字号：大 中 小 【打印本页】 【关闭窗口】
            各苏木乡镇人民政府：
            [打印本页] [关闭窗口]
            分享到：微信 微博
            上一篇：关于印发工作要点的通知
            """;

        var normalized = TextNormalizer.Normalize(text);

        Assert.Equal(["2-2 关于开展2023年度参保缴费工作的通知", "5-5 各苏木乡镇人民政府："], normalized.Lines.Select(line => $"{line.SourceLine}-{line.LastSourceLine} {line.Text}"));
        Assert.Equal([new PublicationDate(new DateOnly(2023, 9, 1), PublicationDateSource.WebPage, 3, 1)], normalized.PublicationDates);
    }

    [Fact]
    public void Normalize_ChromeFieldsOnAContentLine_AreStripped()
    {
        var normalized = TextNormalizer.Normalize("关于开展2023年度参保缴费工作的通知 发布时间：2023年9月1日 浏览次数：37");

        Assert.Equal(["关于开展2023年度参保缴费工作的通知"], normalized.Lines.Select(line => line.Text));
        Assert.Equal(new DateOnly(2023, 9, 1), Assert.Single(normalized.PublicationDates).Date);
    }

    [Fact]
    public void Normalize_SourceOfFundsInABody_IsNotChrome()
    {
        Assert.Equal(["资金来源：市本级财政预算。"], Lines("资金来源：市本级财政预算。"));
    }

    [Fact]
    public void Normalize_MarkdownResidue_IsRemoved()
    {
        var text = "## 一、总体要求\n\n### （一）工作目标\n\n到 2023 年底，**特困**失能老年人照护率达到 60% 以上。\n\n- 每年开展1次评估。\n- 每人每月补贴 200 元。\n> 备注：按月发放。";

        Assert.Equal(["一、总体要求", "（一）工作目标", "到2023年底，特困失能老年人照护率达到60%以上。", "每年开展1次评估。", "每人每月补贴200元。", "备注：按月发放。"], Lines(text));
    }

    [Fact]
    public void Normalize_NarrowColumn_IsRejoined()
    {
        var text = """
            （一）指导思想

            以习近平新时代中国特色社会主义思想为
            指导，全面落实自治区关于养老服务的部署
            要求，加快推进我市医养结合，统筹医疗卫
            生、养老服务及社会各方面资源，推动医养
            结合创新融合发展。
            （二）基本原则
            """;

        Assert.Equal(
            ["1-1 （一）指导思想", "3-7 以习近平新时代中国特色社会主义思想为指导，全面落实自治区关于养老服务的部署要求，加快推进我市医养结合，统筹医疗卫生、养老服务及社会各方面资源，推动医养结合创新融合发展。", "8-8 （二）基本原则"],
            Mapped(text));
    }

    [Fact]
    public void Normalize_SentenceBrokenByStrayBlankLine_IsRejoined()
    {
        var text = "3. 建立困难老年人主动发现机制。依托全盟数据共享交换\n\n平台，力争在 2023 年 10 月底前实现数据共享。\n\n牵头单位：旗民政局";

        Assert.Equal(["1-3 3. 建立困难老年人主动发现机制。依托全盟数据共享交换平台，力争在2023年10月底前实现数据共享。", "5-5 牵头单位：旗民政局"], Mapped(text));
    }

    [Fact]
    public void Normalize_HeadingBrokenBeforeItsFullStop_IsRejoined()
    {
        var text = "9. 科学规划、加快补齐配建\n\n养老服务设施短板。新建小区要同步配建养老服务用房。";

        Assert.Equal(["1-3 9. 科学规划、加快补齐配建养老服务设施短板。新建小区要同步配建养老服务用房。"], Mapped(text));
    }

    [Fact]
    public void Normalize_HeadingsLabelsDatesAndNumbers_StartTheirOwnLines()
    {
        var text = "一、总体要求\n坚持以人民健康为中心\n（一）指导思想\n1. 开展参保动员\n牵头单位：旗民政局\n配合单位：旗财政局\n第一章 总 则\n2023年6月15日\n包府发〔2019〕41号\n（此件公开发布）";

        Assert.Equal(["一、总体要求", "坚持以人民健康为中心", "（一）指导思想", "1. 开展参保动员", "牵头单位：旗民政局", "配合单位：旗财政局", "第一章总则", "2023年6月15日", "包府发〔2019〕41号", "（此件公开发布）"], Lines(text));
    }

    [Fact]
    public void Normalize_TitleSplitAcrossLines_IsOneLine()
    {
        var text = "**包头市人民政府办公室关于印发包头市推进  \n养老服务发展实施方案的通知**\n\n包头市人民政府\n\n关于划定禁止使用高排放非道路移动机械区域的通告\n\n包头市人民政府关于划定\n\n禁止使用高排放非道路移动机械区域的通告";

        Assert.Equal(
            ["1-2 包头市人民政府办公室关于印发包头市推进养老服务发展实施方案的通知", "4-6 包头市人民政府关于划定禁止使用高排放非道路移动机械区域的通告", "8-10 包头市人民政府关于划定禁止使用高排放非道路移动机械区域的通告"],
            Mapped(text));
    }

    [Fact]
    public void Normalize_TitleFollowedByItsBody_StaysApart()
    {
        Assert.Equal(["包头市2019年政务公开工作要点", "2019年是全面建成小康社会的关键之年，做好政务公开工作意义重大。"], Lines("包头市2019年政务公开工作要点\n\n2019年是全面建成小康社会的关键之年，做好政务公开工作意义重大。"));
    }

    [Fact]
    public void Normalize_NameList_IsNotRunTogether()
    {
        var text = "副主任：王文林 市中级人民法院副院长\n\n朝明哲 包钢（集团）公司总法律顾问\n\n张建军 中国二冶集团法律事务部部长\n孙志刚 市卫健委主任";

        Assert.Equal(["副主任：王文林市中级人民法院副院长", "朝明哲包钢（集团）公司总法律顾问", "张建军中国二冶集团法律事务部部长", "孙志刚市卫健委主任"], Lines(text));
    }

    [Fact]
    public void Normalize_ResponsibilityClause_EndsItsParagraph()
    {
        var text = "加强老年人健康管理服务。（市卫健委、民政局按职责分工负责）\n\n支持社会力量举办养老机构，落实建设补贴。";

        Assert.Equal(["加强老年人健康管理服务。（市卫健委、民政局按职责分工负责）", "支持社会力量举办养老机构，落实建设补贴。"], Lines(text));
    }

    [Fact]
    public void Normalize_ContentsEntries_KeepTheirPageNumberApart()
    {
        var text = "目 录\n市政府文件\n- 1 包头市人民政府关于做好参保缴费工作的通知\n- 12 2021年4月1日至4月30日政府大事记\n包头市人民政府关于做好参保缴费工作的通知";

        Assert.Equal(["目录", "1 包头市人民政府关于做好参保缴费工作的通知", "12 2021年4月1日至4月30日政府大事记", "包头市人民政府关于做好参保缴费工作的通知"], Lines(text));
    }

    [Fact]
    public void Normalize_ContentsEntryWrappedOntoTwoLines_IsOneEntry()
    {
        var text = "目 录\n- 36 包头市人民政府办公厅关于开展“元旦”“春节”期间全市食品药品安全专项检查整\n治工作的通知\n- 40 包头市人民政府办公厅关于调整医疗保险待遇标准的通知";

        Assert.Equal(["1-1 目录", "2-3 36 包头市人民政府办公厅关于开展“元旦”“春节”期间全市食品药品安全专项检查整治工作的通知", "4-4 40 包头市人民政府办公厅关于调整医疗保险待遇标准的通知"], Mapped(text));
    }

    [Fact]
    public void Normalize_RatioBrokenAtItsColon_StaysOneRatio()
    {
        Assert.Equal(["各地区按照自治区、市、区（旗、县）5:3:2的比例投保养老服务机构责任保险。"], Lines("各地区按照自治区、市、区（旗、县）5:\n3:2的比例投保养老服务机构责任保险。"));
    }

    [Fact]
    public void Normalize_ParagraphsWithoutBlankLines_StayApart()
    {
        var text = "一、总体要求\n坚持以人民健康为中心，坚持政府主导，以强基层为重点，全面推进紧密型旗域医共体建设。\n二、实施范围\n全旗各二级公立医疗机构及基层卫生院\n扎赉特旗人民政府办公室\n2023年6月15日";

        Assert.Equal(["一、总体要求", "坚持以人民健康为中心，坚持政府主导，以强基层为重点，全面推进紧密型旗域医共体建设。", "二、实施范围", "全旗各二级公立医疗机构及基层卫生院", "扎赉特旗人民政府办公室", "2023年6月15日"], Lines(text));
    }

    [Fact]
    public void Normalize_ParagraphCutAtAPageEndWithoutBlankLine_IsRejoined()
    {
        var text = "（四）完善养老服务机构融资政策及财政支持政策。运用多\n种工具，抓好支小再贷款等政策落实，对符合授信条件但暂时遇\n到经营困难的民办养老机构，要继续予以资金支持。";

        Assert.Equal(["1-3 （四）完善养老服务机构融资政策及财政支持政策。运用多种工具，抓好支小再贷款等政策落实，对符合授信条件但暂时遇到经营困难的民办养老机构，要继续予以资金支持。"], Mapped(text));
    }

    [Fact]
    public void Normalize_JoinedLine_MapsEachCharacterToItsSourceLine()
    {
        var line = Assert.Single(TextNormalizer.Normalize("各苏木乡镇要组织嘎查村干部逐户宣传参保政策，力争在2022年\n\n6月底前完成参保信息核对。").Lines);

        Assert.Equal(1, line.SourceLineAt(0));
        Assert.Equal(1, line.SourceLineAt(line.Text.IndexOf("2022", StringComparison.Ordinal)));
        Assert.Equal(3, line.SourceLineAt(line.Text.IndexOf("6月底", StringComparison.Ordinal)));
        Assert.Equal((1, 3), (line.SourceLine, line.LastSourceLine));
    }

    [Fact]
    public void Normalize_InvisibleCharactersAndByteOrderMark_AreDropped()
    {
        Assert.Equal(["包府发〔2019〕41号"], Lines("\uFEFF包府\u200B发〔2019〕41号\u0007"));
    }
}
