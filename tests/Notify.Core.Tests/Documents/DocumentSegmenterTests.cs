using System.Text;
using Notify.Core.Documents;
using Notify.Core.Text;

namespace Notify.Core.Tests.Documents;

public class DocumentSegmenterTests
{
    private const string Addressees = "各旗、县、区人民政府；稀土高新区管委会；市直有关部门、单位";

    static DocumentSegmenterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static SegmentedText Segment(string text) => DocumentSegmenter.Segment(TextNormalizer.Normalize(text));

    private static SegmentedText SegmentFixture(string name) => Segment(PolicyFixtures.Read(name));

    [Fact]
    public void Segment_GazetteIssue_FindsBothDocumentsWithTheirParts()
    {
        var segmented = SegmentFixture(PolicyFixtures.GazetteIssue);

        Assert.Equal(
            [
                $"包府发〔2021〕15号 | 包头市人民政府关于做好2021年城乡居民基本医疗保险参保缴费工作的通知 | 包头市人民政府 | signed 2021-04-20 | published 2021-05-10 | line 23 | lines 5-16 | public | {Addressees}",
                $"包府办发〔2021〕22号 | 包头市人民政府办公室关于印发包头市老年人助餐服务试点工作方案的通知 | 包头市人民政府办公室 | signed 2021-04-28 | published 2021-05-10 | line 54 | lines 17-28 | public | {Addressees}",
            ],
            DocumentDescriptions.Describe(segmented));
    }

    [Fact]
    public void Segment_GazetteIssue_ExcludesContentsEventsLogAndColophon()
    {
        var segmented = SegmentFixture(PolicyFixtures.GazetteIssue);

        Assert.Equal(
            [
                new LineRange(0, 4, LineRangeKind.TableOfContents),
                new LineRange(29, 32, LineRangeKind.EventsLog),
                new LineRange(33, 34, LineRangeKind.BackMatter),
            ],
            segmented.Excluded);
        Assert.Equal("4月8日，市政府召开常务会议，研究部署春季植树造林工作。", segmented.Text.Lines[31].Text);
        Assert.True(segmented.IsExcluded(31));
        Assert.Null(segmented.DocumentAt(31));
        Assert.Equal("包府办发〔2021〕22号", segmented.DocumentAt(28)?.DocNumber);
        Assert.Equal("包府发〔2021〕15号", segmented.DocumentAt(5)?.DocNumber);
    }

    [Fact]
    public void Segment_BannerNotice_IsOneDocumentWithItsAttachedPlan()
    {
        var segmented = SegmentFixture(PolicyFixtures.BannerNotice);

        Assert.Equal(
            ["扎政办发〔2022〕9号 | 扎赉特旗人民政府办公室关于印发《扎赉特旗2022年城乡居民医疗保障工作实施方案》的通知 | 扎赉特旗人民政府办公室 | signed 2022-03-18 | published - | line 2 | lines 0-25 | not public | 各苏木、乡、镇人民政府；旗直有关部门"],
            DocumentDescriptions.Describe(segmented));
        Assert.Empty(segmented.Excluded);
    }

    [Fact]
    public void Segment_MarkdownNotice_ReadsTheBoldTitleAndThePublicationMark()
    {
        var segmented = SegmentFixture(PolicyFixtures.MarkdownNotice);

        Assert.Equal(
            [$"包府办发〔2022〕31号 | 包头市人民政府办公室关于印发包头市困难失能老年人照护服务实施方案的通知 | 包头市人民政府办公室 | signed 2022-07-08 | published - | line 2 | lines 0-16 | public | {Addressees}"],
            DocumentDescriptions.Describe(segmented));
    }

    [Fact]
    public void Segment_WebPage_IsADocumentFromItsTitleAndPublicationDate()
    {
        var segmented = SegmentFixture(PolicyFixtures.WebPage);

        Assert.Equal(
            ["- | 关于做好2023年度城乡居民医疗保险集中参保缴费工作的通告 | 扎赉特旗医疗保障局 | signed 2022-08-29 | published 2022-09-01 | line 3 | lines 0-7 | not public | "],
            DocumentDescriptions.Describe(segmented));
    }

    [Fact]
    public void Segment_WebPageWithoutSignature_IsSignedOnItsPublicationDate()
    {
        var segmented = Segment("关于开展医保基金监管集中宣传月活动的通知\n发布日期：2023-04-03 来源：旗医疗保障局\n各苏木乡镇人民政府：\n请于2023年4月30日前报送活动总结。");

        var document = Assert.Single(segmented.Documents);
        Assert.Equal((new DateOnly(2023, 4, 3), new DateOnly(2023, 4, 3)), (document.Signed, document.Published));
        Assert.Equal(["各苏木乡镇人民政府"], document.Addressees);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    public void Segment_EncodedCopies_SegmentLikeTheUtf8Original(string encoding)
    {
        var original = PolicyFixtures.Read(PolicyFixtures.GazetteIssue);
        byte[] bytes = encoding == "gb18030" ? Encoding.GetEncoding(54936).GetBytes(original) : [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)];

        var decoded = PolicyTextDecoder.Decode(bytes);

        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(DocumentDescriptions.Describe(Segment(original)), DocumentDescriptions.Describe(Segment(decoded.Text)));
    }

    [Theory]
    [InlineData("包府发〔2019〕41号")]
    [InlineData("包府发[2019]41号")]
    [InlineData("包府发(2019)41号")]
    [InlineData("包府发（2019）41号")]
    [InlineData("包府发【2019】41号")]
    [InlineData("包府发［2019］41号")]
    [InlineData("包府发 〔2019〕 41 号")]
    public void Segment_DocNumberInAnyBrackets_IsWrittenWithHexagonalBrackets(string number)
    {
        var segmented = Segment($"包头市人民政府关于划定禁止使用高排放非道路移动机械区域的通告\n{number}\n本通告自2019年10月1日起执行。\n2019年9月16日");

        Assert.Equal("包府发〔2019〕41号", Assert.Single(segmented.Documents).DocNumber);
    }

    [Fact]
    public void Segment_CitedDocNumbers_AreNeverDocuments()
    {
        var text = """
            包府办发〔2019〕78号
            包头市人民政府办公室关于印发包头市推进养老服务发展实施方案的通知
            各旗、县、区人民政府：
            根据《国务院办公厅关于推进养老服务发展的实施意见》（国办发〔2019〕5号）和《内蒙古自治区民政厅关于建立自治区养老服务厅际联席会议制度的通知》
            （内民政发〔2019〕54号）精神，结合我市实际，制定本方案。
            为全面贯彻落实《国务院办公厅转发卫生计生委等部门关于推进卫生与养老服务相结合指导意见的通知》（国办发
            〔2015〕84号）及《内蒙古自治区人民政府办公厅转发自治区卫生计生委等部门关于推进医疗卫生与养老服务相结合实施意见的通知》（内政办
            发〔2016〕121号）精神，制定本方案。
            2019年12月13日
            """;

        var document = Assert.Single(Segment(text).Documents);

        Assert.Equal(("包府办发〔2019〕78号", new DateOnly(2019, 12, 13)), (document.DocNumber, document.Signed));
    }

    [Fact]
    public void Segment_ContentsWithDotLeaders_AreNotDocuments()
    {
        var text = """
            目 录
            包头市人民政府关于划定禁止使用高排放非道路移动机械区域的通告…………1
            包头市人民政府关于调整第六届包头仲裁委员会组成人员的通知……………3
            包头市人民政府关于划定禁止使用高排放非道路移动机械区域的通告
            包府发〔2019〕41号
            本通告自2019年10月1日起执行。
            2019年9月16日
            """;

        var segmented = Segment(text);

        var document = Assert.Single(segmented.Documents);
        Assert.Equal((3, 4), (document.FirstLineIndex, document.Line));
        Assert.Equal([new LineRange(0, 2, LineRangeKind.TableOfContents)], segmented.Excluded);
    }

    [Fact]
    public void Segment_TitleAfterDocNumber_StartsTheDocumentAtTheNumber()
    {
        var segmented = Segment("扎政字〔2023〕56号\n扎赉特旗人民政府\n关于印发《扎赉特旗2023年紧密型旗域医共体建设工作方案》的通知\n各苏木、乡、镇人民政府、旗直有关部门：\n2023 年 6 月 25 日");

        Assert.Equal(
            ["扎政字〔2023〕56号 | 扎赉特旗人民政府关于印发《扎赉特旗2023年紧密型旗域医共体建设工作方案》的通知 | 扎赉特旗人民政府 | signed 2023-06-25 | published - | line 1 | lines 0-3 | not public | 各苏木、乡、镇人民政府、旗直有关部门"],
            DocumentDescriptions.Describe(segmented));
    }

    [Fact]
    public void Segment_SignatureInChineseNumerals_IsRead()
    {
        var document = Assert.Single(Segment("包府发〔2012〕7号\n包头市人民政府关于做好春季防火工作的通知\n各旗、县、区人民政府：\n请认真贯彻执行。\n包头市人民政府\n二〇一二年三月二十一日").Documents);

        Assert.Equal(new DateOnly(2012, 3, 21), document.Signed);
    }

    [Fact]
    public void Segment_TitleWithoutIssuer_TakesTheIssuerFromTheSignature()
    {
        var document = Assert.Single(Segment("旗医保发〔2022〕12号\n关于做好2022年度医疗救助工作的通知\n各苏木乡镇：\n请于每月5日前报送救助台账。\n扎赉特旗医疗保障局 2022年5月6日").Documents);

        Assert.Equal(("扎赉特旗医疗保障局", new DateOnly(2022, 5, 6)), (document.Issuer, document.Signed));
    }

    [Fact]
    public void Segment_NoticeWithoutDocNumber_IsOneDocumentFromItsTitle()
    {
        var segmented = Segment("关于开展2023年度城乡居民医疗保险集中参保缴费工作的通告\n\n2023年9月1日至2024年2月25日为集中参保缴费期。\n\n特此通告。\n\n扎赉特旗医疗保障局\n\n2023年8月25日");

        Assert.Equal(
            ["- | 关于开展2023年度城乡居民医疗保险集中参保缴费工作的通告 | 扎赉特旗医疗保障局 | signed 2023-08-25 | published - | line 1 | lines 0-4 | not public | "],
            DocumentDescriptions.Describe(segmented));
    }

    [Fact]
    public void Segment_GazetteNoticeWithoutDocNumber_IsFoundFromItsIssuerTitleAndAddressees()
    {
        var text = """
            包府发〔2021〕15号
            包头市人民政府关于做好城乡居民基本医疗保险参保缴费工作的通知
            各旗、县、区人民政府：
            请于2021年8月31日前完成系统调试。
            2021年4月20日
            包头市人民政府办公室关于做好春节期间安全生产工作的紧急通知
            各旗、县、区人民政府，市直有关部门：
            请于2021年2月5日前完成隐患排查。
            2021年1月28日
            """;

        Assert.Equal(
            [
                "包府发〔2021〕15号 | 包头市人民政府关于做好城乡居民基本医疗保险参保缴费工作的通知 | 包头市人民政府 | signed 2021-04-20 | published - | line 1 | lines 0-4 | not public | 各旗、县、区人民政府",
                "- | 包头市人民政府办公室关于做好春节期间安全生产工作的紧急通知 | 包头市人民政府办公室 | signed 2021-01-28 | published - | line 6 | lines 5-8 | not public | 各旗、县、区人民政府；市直有关部门",
            ],
            DocumentDescriptions.Describe(Segment(text)));
    }

    [Fact]
    public void Segment_WebPageMetadataTable_GivesNumberAndSigningDate()
    {
        var text = """
            索引号：11152223MB1234567X/2023-00123
            发文字号：扎政办发〔2023〕16号
            成文日期：2023-06-15
            扎赉特旗人民政府办公室关于印发基本养老服务体系建设工作方案的通知
            发布日期：2023-06-20
            各苏木、乡、镇人民政府，旗直有关部门：
            现将方案印发给你们，请结合实际，认真抓好贯彻落实。
            """;

        Assert.Equal(
            ["扎政办发〔2023〕16号 | 扎赉特旗人民政府办公室关于印发基本养老服务体系建设工作方案的通知 | 扎赉特旗人民政府办公室 | signed 2023-06-15 | published 2023-06-20 | line 2 | lines 0-4 | not public | 各苏木、乡、镇人民政府；旗直有关部门"],
            DocumentDescriptions.Describe(Segment(text)));
    }

    [Theory]
    [InlineData("包头市人民政府令\n\n第128号\n\n包头市城市供热管理办法", "包头市人民政府令第128号")]
    [InlineData("包头市人民政府令第128号\n\n包头市城市供热管理办法", "包头市人民政府令第128号")]
    [InlineData("包头市人民政府公告\n\n2019年第3号\n\n包头市城市供热管理办法", "包头市人民政府公告2019年第3号")]
    public void Segment_DecreeAndAnnouncementNumbers_AreDocNumbers(string header, string number)
    {
        var text = $"{header}\n\n《包头市城市供热管理办法》已经2019年9月10日市人民政府第15次常务会议审议通过，现予公布，自2019年11月1日起施行。\n\n市长 孙某\n\n2019年9月16日";

        var document = Assert.Single(Segment(text).Documents);

        Assert.Equal((number, "包头市城市供热管理办法", new DateOnly(2019, 9, 16), 1), (document.DocNumber, document.Title, document.Signed, document.Line));
    }

    [Theory]
    [InlineData("2023年6月15日")]
    [InlineData("2023 年 6 月 15 日")]
    [InlineData("（2023年6月15日）")]
    [InlineData("2023-06-15")]
    [InlineData("二〇二三年六月十五日")]
    [InlineData("扎赉特旗人民政府办公室 2023年6月15日")]
    public void Segment_SignatureDateForms_AreRead(string signature)
    {
        var document = Assert.Single(Segment($"扎政办发〔2023〕16号\n扎赉特旗人民政府办公室关于印发工作方案的通知\n各苏木乡镇：\n请认真抓好贯彻落实。\n{signature}").Documents);

        Assert.Equal(new DateOnly(2023, 6, 15), document.Signed);
    }

    [Fact]
    public void Segment_DocNumberWithSignatory_IsRead()
    {
        var document = Assert.Single(Segment("包府发〔2019〕41号 签发人：王某\n包头市人民政府关于调整仲裁委员会组成人员的请示\n2019年8月25日").Documents);

        Assert.Equal("包府发〔2019〕41号", document.DocNumber);
    }

    [Fact]
    public void Segment_MissingSignatureDate_FallsBackToThePrintingDate()
    {
        var document = Assert.Single(Segment("包府办发〔2019〕60号\n包头市人民政府办公室关于做好政务公开工作的通知\n各旗、县、区人民政府：\n请认真贯彻执行。\n抄送：市委办公室。\n包头市人民政府办公室 2019年8月27日印发").Documents);

        Assert.Equal(new DateOnly(2019, 8, 27), document.Signed);
    }

    [Theory]
    [InlineData("关于印发扎赉特旗基本养老服务体系建设工作方案的通知（扎政办发〔2023〕16号）\n发布日期：2023-06-20\n各苏木、乡、镇人民政府：\n2023年6月15日")]
    [InlineData("关于印发扎赉特旗基本养老服务体系建设工作方案的通知\n（扎政办发[2023]16号）\n发布日期：2023-06-20\n各苏木、乡、镇人民政府：\n2023年6月15日")]
    public void Segment_WebPageNumberInParentheses_IsTheDocNumber(string text)
    {
        var document = Assert.Single(Segment(text).Documents);

        Assert.Equal(
            ("扎政办发〔2023〕16号", "关于印发扎赉特旗基本养老服务体系建设工作方案的通知", new DateOnly(2023, 6, 15), new DateOnly(2023, 6, 20), 1),
            (document.DocNumber, document.Title, document.Signed, document.Published, document.Line));
    }

    [Fact]
    public void Segment_PublicationDateAtTheFootOfAPage_DoesNotStartADocument()
    {
        var text = "关于开展2023年度医保政策宣传月活动的通知\n各苏木乡镇人民政府：\n一、活动时间为2023年4月1日至4月30日。\n二、各地要在每周五前报送活动进展。\n三、请各地高度重视，认真组织。\n四、活动结束后及时总结。\n五、总结材料请于5月5日前报送。\n扎赉特旗医疗保障局\n发布时间：2023-03-28";

        var document = Assert.Single(Segment(text).Documents);

        Assert.Equal(("关于开展2023年度医保政策宣传月活动的通知", 1, new DateOnly(2023, 3, 28)), (document.Title, document.Line, document.Published));
    }

    [Fact]
    public void Segment_TextWithoutStructure_HasNoDocuments()
    {
        var segmented = Segment("今天天气很好，大家都出去散步了。\n晚上有雨。");

        Assert.Empty(segmented.Documents);
        Assert.Empty(segmented.Excluded);
    }

    [Fact]
    public void Segment_EmptyText_HasNoDocuments()
    {
        Assert.Empty(Segment(string.Empty).Documents);
    }
}
