using Notify.Core.Tests.Documents;
using Notify.Core.Text;

namespace Notify.Core.Tests.Text;

/// <summary>The fixture documents, normalized line by line: every kind of noise removed, every broken line re-joined.</summary>
public class TextNormalizerFixtureTests
{
    private static string[] Mapped(string fixture) =>
        [.. TextNormalizer.Normalize(PolicyFixtures.Read(fixture)).Lines.Select(line => $"{line.SourceLine}-{line.LastSourceLine} {line.Text}")];

    /// <summary>Mongolian masthead, gazette title, year and issue number, running heads, page numbers and rules are gone; the contents keep their page numbers; narrow columns and a sentence across a page break are re-joined.</summary>
    [Fact]
    public void Normalize_GazetteIssue_DropsMastheadRunningHeadsAndPageNumbersAndRejoinsColumns()
    {
        string[] expected =
        [
            "12-12 目录",
            "16-16 1 包头市人民政府关于做好2021年城乡居民基本医疗保险参保缴费工作的通知",
            "17-17 6 包头市人民政府办公室关于印发包头市老年人助餐服务试点工作方案的通知",
            "19-19 大事记",
            "21-21 12 2021年4月1日至4月30日政府大事记",
            "23-24 包头市人民政府关于做好2021年城乡居民基本医疗保险参保缴费工作的通知",
            "26-26 包府发[2021]15号",
            "28-28 各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：",
            "30-30 为保障参保群众按时享受医疗保险待遇，依据《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号），现就做好全市城乡居民基本医疗保险参保缴费工作通知如下：",
            "32-32 一、缴费时间",
            "34-34 每年9月1日至次年2月25日为集中参保缴费期，参保人员应在集中缴费期内缴纳下一年度的个人缴费。",
            "36-36 二、缴费标准",
            "38-44 2022年度个人缴费标准为每人每年320元。各旗县区税务部门要在2021年8月31日前完成缴费系统调试，确保集中缴费期首日正常开通。",
            "46-46 三、工作要求",
            "48-48 各地区要加强宣传，将参保政策送到每一户居民家中。市医保局要在每月10日前通报各地区参保进度。",
            "50-50 2021年4月20日",
            "52-52 （此件公开发布）",
            "54-54 包府办发（2021）22号",
            "56-58 包头市人民政府办公室关于印发包头市老年人助餐服务试点工作方案的通知",
            "60-61 各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：",
            "63-64 经市人民政府同意，现将《包头市老年人助餐服务试点工作方案》印发给你们，请认真组织实施。",
            "66-66 2021年4月28日",
            "68-68 （此件公开发布）",
            "70-70 包头市老年人助餐服务试点工作方案",
            "72-75 为解决高龄、独居老年人吃饭难问题，根据《内蒙古自治区民政厅关于开展老年人助餐服务的指导意见》（内民政发〔2020〕31号）精神，结合我市实际，制定本方案。",
            "77-77 一、试点范围",
            "79-80 在昆区、青山区各选择3个社区开展试点，2021年6月底前建成助餐点并投入运营。",
            "86-86 二、补助标准",
            "88-89 对80周岁以上老年人每餐补助5元，由市、区两级财政按5:5的比例分担。",
            "95-95 大事记",
            "97-97 2021年4月",
            "99-99 4月8日，市政府召开常务会议，研究部署春季植树造林工作。",
            "101-101 4月22日，市长带队检查城区供水管网改造项目进展情况。",
            "106-106 包头市人民政府办公室主办",
            "108-108 邮政编码：014060",
        ];

        Assert.Equal(expected, Mapped(PolicyFixtures.GazetteIssue));
    }

    /// <summary>The split title, a sentence broken by a stray blank line and a heading broken before its full stop are re-joined; 牵头单位/配合单位 lines stay lines of their own.</summary>
    [Fact]
    public void Normalize_BannerNotice_RejoinsBrokenSentencesAndKeepsLabelsApart()
    {
        string[] expected =
        [
            "2-2 扎政办发〔2022〕9号",
            "4-5 扎赉特旗人民政府办公室关于印发《扎赉特旗2022年城乡居民医疗保障工作实施方案》的通知",
            "7-7 各苏木、乡、镇人民政府，旗直有关部门：",
            "9-9 《扎赉特旗2022年城乡居民医疗保障工作实施方案》已经旗人民政府同意，现印发给你们，请认真贯彻落实。",
            "11-11 扎赉特旗人民政府办公室",
            "12-12 2022年3月18日",
            "14-14 扎赉特旗2022年城乡居民医疗保障工作实施方案",
            "16-16 为进一步提升全旗医疗保障服务水平，结合我旗实际，制定本方案。",
            "18-18 一、工作目标",
            "20-20 到2022年底，全旗城乡居民基本医疗保险参保率稳定在95%以上。",
            "22-22 二、重点任务",
            "24-24 （一）扩大参保覆盖面",
            "26-28 1. 开展参保动员。各苏木乡镇要组织嘎查村干部逐户宣传参保政策，力争在2022年6月底前完成参保信息核对。",
            "30-30 牵头单位：旗医疗保障局",
            "32-32 配合单位：旗税务局、财政局，各苏木乡镇",
            "34-36 2. 落实资助参保。对特困人员、低保对象参加城乡居民医保的个人缴费部分给予全额或定额资助，资助资金由旗财政局于每年3月底前拨付到位。",
            "38-38 牵头单位：旗医疗保障局",
            "40-40 配合单位：旗民政局、财政局、乡村振兴局",
            "42-44 3. 推进医保服务下沉。在各苏木乡镇便民服务中心设立医保服务窗口，实现参保登记就近办理。",
            "46-46 牵头单位：旗医疗保障局",
            "48-48 （二）加强基金监管",
            "50-52 4. 开展专项检查。每季度对定点医药机构开展一次专项检查，检查结果于季度结束后15日内报送旗医疗保障局。",
            "54-54 牵头单位：旗医疗保障局、卫生健康委员会",
            "56-56 配合单位：旗市场监督管理局、公安局",
            "58-58 三、保障措施",
            "60-60 各有关部门要明确专人负责，每月5日前向旗医疗保障局报送上月工作进展。",
        ];

        Assert.Equal(expected, Mapped(PolicyFixtures.BannerNotice));
    }

    /// <summary>The title bold across two lines becomes one line; #, ** and "- " are gone; spaces inside dates and amounts are removed.</summary>
    [Fact]
    public void Normalize_MarkdownNotice_DropsMarkdownAndJoinsTheBoldTitle()
    {
        string[] expected =
        [
            "2-2 包府办发〔2022〕31号",
            "4-5 包头市人民政府办公室关于印发包头市困难失能老年人照护服务实施方案的通知",
            "7-7 各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：",
            "9-9 经市人民政府同意，现将《包头市困难失能老年人照护服务实施方案》印发给你们，请结合实际，认真贯彻执行。",
            "11-11 2022年7月8日",
            "13-13 （此件主动公开）",
            "15-15 包头市困难失能老年人照护服务实施方案",
            "17-17 一、总体要求",
            "19-19 （一）工作目标",
            "21-21 到2023年底，全市特困失能老年人集中照护率达到60%以上。",
            "23-23 二、主要任务",
            "25-25 建立照护需求评估制度，每年开展1次失能等级评估。",
            "26-26 对经评估为重度失能的低保老年人，每人每月发放护理补贴200元。",
            "28-28 （市民政局、财政局、卫健委按职责分工负责）",
            "30-30 三、保障措施",
            "32-32 各地区要将照护服务经费列入本级财政预算，确保2022年9月1日起按月发放。",
            "34-34 附件：包头市困难失能老年人照护服务工作领导小组",
        ];

        Assert.Equal(expected, Mapped(PolicyFixtures.MarkdownNotice));
    }

    /// <summary>Breadcrumbs, 发布日期/来源/浏览次数, 字体/打印/关闭, 分享到 and 上一篇/下一篇 are gone.</summary>
    [Fact]
    public void Normalize_WebPage_DropsTheChrome()
    {
        string[] expected =
        [
            "3-3 关于做好2023年度城乡居民医疗保险集中参保缴费工作的通告",
            "9-9 2023年度城乡居民基本医疗保险集中参保缴费工作即将开始，现将有关事项通告如下：",
            "11-11 一、缴费时间：2022年9月1日至2023年2月28日。",
            "13-13 二、缴费标准：每人每年350元。",
            "15-15 三、缴费方式：参保人员可通过“蒙税通”手机应用或到各苏木乡镇便民服务中心缴费。",
            "17-17 特此通告。",
            "19-19 扎赉特旗医疗保障局",
            "21-21 2022年8月29日",
        ];

        Assert.Equal(expected, Mapped(PolicyFixtures.WebPage));
    }

    [Fact]
    public void Normalize_WebPage_KeepsItsPublicationDate()
    {
        var normalized = TextNormalizer.Normalize(PolicyFixtures.Read(PolicyFixtures.WebPage));

        Assert.Equal([new PublicationDate(new DateOnly(2022, 9, 1), PublicationDateSource.WebPage, 5, 1)], normalized.PublicationDates);
    }

    [Fact]
    public void Normalize_GazetteIssue_KeepsItsIssueDateAndCountsEveryLine()
    {
        var normalized = TextNormalizer.Normalize(PolicyFixtures.Read(PolicyFixtures.GazetteIssue));

        Assert.Equal([new PublicationDate(new DateOnly(2021, 5, 10), PublicationDateSource.GazetteIssue, 10, 0)], normalized.PublicationDates);
        Assert.Equal(108, normalized.SourceLineCount);
    }
}
