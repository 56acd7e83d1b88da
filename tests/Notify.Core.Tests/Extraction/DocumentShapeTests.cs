using Notify.Core.Extraction;
using Notify.Core.Items;

namespace Notify.Core.Tests.Extraction;

/// <summary>
/// Shapes real notices take that the document reader must still understand: text with no recognised header,
/// Traditional script, a 文号 inside a line, a place name after a date, a web page's headline and breadcrumb.
/// Every example is invented in the shape of a real one.
/// </summary>
public sealed class DocumentShapeTests
{
    private readonly PolicyExtractor _extractor = new();

    [Fact]
    public void ExtractText_PipeTableMetadataWithoutTitle_TakesTheYearFromTheWrittenOnField()
    {
        var result = Extract(
            "| 索引号 | 000000/2022-00123 |",
            "| 成文日期 | 2022-05-10 |",
            "为保护鱼类繁育，本旗河段禁渔时间为3月1日至6月30日。");

        var window = Assert.Single(result.Items, item => item.Kind == ItemKind.Window);
        Assert.Equal((new DateOnly(2022, 3, 1), new DateOnly(2022, 6, 30)), (window.Date, window.EndDate));
        Assert.True(window.NeedsReview, "a year taken from page metadata needs review");
        Assert.Contains(window.Reasons, reason => reason.Contains("成文日期", StringComparison.Ordinal));
    }

    [Fact]
    public void ExtractText_TitledPageWithPipeTableSigningDate_IsSignedThen()
    {
        var result = Extract(
            "某旗农牧局关于做好春季动物防疫工作的通知",
            "| 发文日期 | 2022-03-02 |",
            "各苏木镇要于4月底前完成春季集中免疫。");

        Assert.Equal(new DateOnly(2022, 3, 2), Assert.Single(result.Documents).Signed);
        Assert.Equal(new DateOnly(2022, 4, 30), Assert.Single(result.Items).Date);
    }

    [Fact]
    public void ExtractText_DeadlineFieldAndCrawlDate_TakesTheYearFromTheFieldNotTheCrawl()
    {
        var result = Extract(
            "今天是：2026年12月8日 星期二",
            "截止：2022-06-18",
            "各嘎查村要在6月10日前完成入户摸底登记。");

        var deadline = Assert.Single(result.Items, item => item.Line == 3);
        Assert.Equal(new DateOnly(2022, 6, 10), deadline.Date);
        Assert.DoesNotContain(result.Items, item => item.Date?.Year == 2026);
    }

    [Fact]
    public void ExtractText_TitleInBookQuotesAndLaterSignature_FormsADocument()
    {
        var result = Extract(
            "《某县人民政府办公室关于建立月度工作台账制度的通知》",
            "为加强调度，请各单位于5月20日前报送本单位台账。",
            "某县人民政府办公室",
            "二○二二年五月九日");

        var document = Assert.Single(result.Documents);
        Assert.Equal(
            ("某县人民政府办公室关于建立月度工作台账制度的通知", "某县人民政府办公室", new DateOnly(2022, 5, 9)),
            (document.Title, document.Issuer, document.Signed));
        Assert.Equal(new DateOnly(2022, 5, 20), Assert.Single(result.Items).Date);
    }

    [Fact]
    public void ExtractText_ExcerptOpeningWithAddressees_IsADocumentBody()
    {
        var result = Extract(
            "各乡镇人民政府，县直各有关单位：",
            "请各乡镇人民政府于2022年6月30日前将摸底材料报送县政府办公室。");

        var document = Assert.Single(result.Documents);
        Assert.Equal(["各乡镇人民政府", "县直各有关单位"], document.Addressees);
        Assert.Equal(1, document.Line);
        Assert.Equal(new DateOnly(2022, 6, 30), Assert.Single(result.Items).Date);
    }

    [Fact]
    public void ExtractText_TraditionalScriptWithPinyinGloss_ReadsNumberAndMonthlyItemAndQuotesAsWritten()
    {
        var result = Extract(
            "某政辦發〔2022〕3號",
            "某市人民政府辦公室關於建立重點項目進度月報制度的通知",
            "各責任單位須於每月15日前將進度報(bào)送市政府辦公室。",
            "某市人民政府辦公室",
            "2022年3月1日");

        var document = Assert.Single(result.Documents);
        Assert.Equal(
            ("某政辦發〔2022〕3號", "某市人民政府辦公室關於建立重點項目進度月報制度的通知", new DateOnly(2022, 3, 1)),
            (document.DocNumber, document.Title, document.Signed));
        var monthly = Assert.Single(result.Items);
        Assert.Equal((ItemKind.Recurring, "FREQ=MONTHLY;BYMONTHDAY=15", 3), (monthly.Kind, monthly.Recurrence, monthly.Line));
        Assert.Equal("各責任單位須於每月15日前將進度報送市政府辦公室。", monthly.Quote);
        Assert.All(monthly.LeadUnits.Concat(monthly.CooperatingUnits), unit => Assert.Contains(unit.Name, monthly.Quote, StringComparison.Ordinal));
    }

    [Fact]
    public void ExtractText_NumberAfterNameFieldOnOneLine_IsTheDocumentsNumber()
    {
        var result = Extract(
            "名称：某县人民政府关于印发某某资金管理办法的通知 文号：某政发〔2022〕14号",
            "根据《某县财政资金管理规定》（某政发〔2021〕3号），各乡镇要于7月1日前完成资金清理。");

        var document = Assert.Single(result.Documents);
        Assert.Equal(
            ("某政发〔2022〕14号", "某县人民政府关于印发某某资金管理办法的通知", "某县人民政府"),
            (document.DocNumber, document.Title, document.Issuer));
        Assert.Equal("某政发〔2022〕14号", Assert.Single(result.Items).DocNumber);
    }

    [Fact]
    public void ExtractText_NumberFieldBesideIssuerField_ReadsBoth()
    {
        var result = Extract(
            "发文文号：某政办发〔2022〕9号 发布机构：县政府办公室",
            "关于开展汛前隐患排查的通知",
            "各乡镇要于5月31日前完成隐患排查。",
            "2022年5月6日");

        var document = Assert.Single(result.Documents);
        Assert.Equal(
            ("某政办发〔2022〕9号", "关于开展汛前隐患排查的通知", "县政府办公室", new DateOnly(2022, 5, 6)),
            (document.DocNumber, document.Title, document.Issuer, document.Signed));
        Assert.Equal(new DateOnly(2022, 5, 31), Assert.Single(result.Items).Date);
    }

    [Fact]
    public void ExtractText_FlattenedSnippetStartingWithNumberAndAddressees_IsADocument()
    {
        var result = Extract("某府发〔2022〕5号 各乡镇人民政府，县直各部门：现将某某实施细则印发给你们，请于2022年6月30日前报送落实情况。");

        var document = Assert.Single(result.Documents);
        Assert.Equal("某府发〔2022〕5号", document.DocNumber);
        Assert.Equal(["各乡镇人民政府", "县直各部门"], document.Addressees);
        Assert.Equal("某府发〔2022〕5号", Assert.Single(result.Items).DocNumber);
    }

    [Fact]
    public void ExtractText_NumberCitedInRunningText_IsNotTheDocumentsOwn()
    {
        var result = Extract("根据《某县某某管理办法》（某政发〔2021〕3号），各单位要于2022年7月1日前完成自查。");

        Assert.DoesNotContain(result.Documents, document => document.DocNumber is not null);
        Assert.Null(Assert.Single(result.Items).DocNumber);
    }

    [Fact]
    public void ExtractText_PlaceNameStartingWithNeiAfterADate_IsNoDeadline()
    {
        var result = Extract(
            "2023年内蒙古自治区某某产业发展规划",
            "经2022年5月6日内蒙古自治区人民政府常务会议审议通过，现印发给你们。",
            "各地要在2023年内完成规划编制。");

        Assert.DoesNotContain(result.Items, item => item.Kind == ItemKind.Deadline && item.Line < 3);
        Assert.Contains(result.Items, item => item.Line == 3 && item.Date == new DateOnly(2023, 12, 31));
    }

    [Fact]
    public void ExtractText_WebPageHeadlineUnderBreadcrumb_IsChromeAndTheWindowIsReadOnce()
    {
        var result = Extract(
            "某某网 > 某市 > 通知公告",
            "5月1日至8月31日为休渔期！ 发布时间：2022-04-27 10:00 来源：某县农业农村局",
            "为养护渔业资源，5月1日至8月31日为休渔期，休渔期间禁止一切捕捞作业。");

        Assert.DoesNotContain(result.Documents, document => document.Title?.Contains('>', StringComparison.Ordinal) == true);
        var window = Assert.Single(result.Items, item => item.Kind == ItemKind.Window);
        Assert.Equal((new DateOnly(2022, 5, 1), new DateOnly(2022, 8, 31), 3), (window.Date, window.EndDate, window.Line));
    }

    [Fact]
    public void ExtractText_SameWindowTwiceInOneDocument_IsOneItem()
    {
        var result = Extract(
            "某县人民政府关于做好2022年居民医保集中缴费工作的通告",
            "一、集中缴费期为2022年9月1日至12月31日。",
            "二、参保人员可通过线上渠道缴费。",
            "三、请广大居民在集中缴费期2022年9月1日至12月31日内完成缴费。",
            "某县人民政府",
            "2022年8月20日");

        var window = Assert.Single(result.Items, item => item.Kind == ItemKind.Window);
        Assert.Equal(2, window.Line);
    }

    [Theory]
    [InlineData("经2022年5月6日内江市人民政府常务会议研究同意，现印发给你们。")]
    [InlineData("2022年3月1日内蒙古自治区某某厅召开工作推进会。")]
    public void ExtractText_DateBeforeAPlaceName_IsNoDeadline(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Items, item => item.Kind == ItemKind.Deadline);
    }

    [Theory]
    [InlineData("各地要在2023年内全面完成改造任务。")]
    [InlineData("各地要在2023年内完成改造任务。")]
    public void ExtractText_DateBeforeBareNei_StillMeansWithin(string sentence)
    {
        Assert.Contains(Extract(sentence).Items, item => item.Date == new DateOnly(2023, 12, 31));
    }

    [Fact]
    public void ExtractText_LooseTextWithItsOwnYear_IsNotFlaggedForThePageYear()
    {
        var result = Extract(
            "| 成文日期 | 2022-05-10 |",
            "各单位要于2023年6月30日前完成整改。");

        var deadline = Assert.Single(result.Items, item => item.Date == new DateOnly(2023, 6, 30));
        Assert.DoesNotContain(deadline.Reasons, reason => reason.Contains("成文日期", StringComparison.Ordinal));
    }

    [Fact]
    public void ExtractText_LooseTextWithoutAnyPageDate_StaysWithoutAYear()
    {
        var result = Extract("今天是：2026年12月8日 星期二", "各嘎查村要在6月10日前完成入户摸底登记。");

        var deadline = Assert.Single(result.Items);
        Assert.Null(deadline.Date);
        Assert.True(deadline.NeedsReview);
    }

    [Fact]
    public void ExtractText_QuotedTitleInsideADocumentsBody_StartsNoSecondDocument()
    {
        var result = Extract(
            "某政发〔2022〕7号",
            "某县人民政府关于转发上级文件的通知",
            "现将下列文件转发给你们，请于6月30日前报送落实情况。",
            "《某县人民政府办公室关于建立月度工作台账制度的通知》",
            "某县人民政府",
            "2022年5月9日");

        var document = Assert.Single(result.Documents);
        Assert.Equal("某政发〔2022〕7号", document.DocNumber);
    }

    private ExtractionResult Extract(params string[] lines) => _extractor.ExtractText(string.Join('\n', lines) + "\n");
}
