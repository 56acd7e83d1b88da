using Notify.Core.Text;

namespace Notify.Core.Tests.Text;

/// <summary>Traditional script, pinyin glosses and page chrome the normalizer meets on pages from elsewhere.</summary>
public sealed class TextNormalizerShapeTests
{
    [Fact]
    public void Normalize_TraditionalParagraphWrappedOverTwoLines_FoldsForMatchingAndKeepsWrittenTextAndLineMap()
    {
        var line = Assert.Single(TextNormalizer.Normalize("各旗縣區要於6月底前完成摸底，並將結果報(bào)\n送旗政府辦公室。\n").Lines);

        Assert.Equal("各旗县区要于6月底前完成摸底，并将结果报送旗政府办公室。", line.Text);
        Assert.Equal("各旗縣區要於6月底前完成摸底，並將結果報送旗政府辦公室。", line.Written);
        Assert.Equal((1, 2), (line.SourceLineAt(line.Text.IndexOf('报', StringComparison.Ordinal)), line.SourceLineAt(line.Text.IndexOf('送', StringComparison.Ordinal))));
    }

    [Fact]
    public void Normalize_SimplifiedText_HasNoSeparateWrittenForm()
    {
        var line = Assert.Single(TextNormalizer.Normalize("显著提升覆盖率，2023年底前完成。").Lines);

        Assert.False(line.HasWrittenForm);
        Assert.Equal(line.Text, line.Written);
    }

    [Theory]
    [InlineData("按(a)项规定报送。", "按（a）项规定报送。")]
    [InlineData("PM2.5(细颗粒物)浓度下降。", "PM2.5（细颗粒物）浓度下降。")]
    [InlineData("完成率(pct)达到90%。", "完成率（pct）达到90%。")]
    [InlineData("须(xu1)于月底前报送。", "须于月底前报送。")]
    public void Normalize_Parentheses_RemovesOnlyPinyinGlosses(string source, string expected)
    {
        Assert.Equal(expected, Assert.Single(TextNormalizer.Normalize(source).Lines).Text);
    }

    [Theory]
    [InlineData("某某网 > 某市 > 通知公告")]
    [InlineData("某某网›政务公开›政策文件")]
    [InlineData("今天是：2026年12月8日 星期二")]
    public void Normalize_BreadcrumbAndCrawlDate_AreChrome(string chrome)
    {
        var normalized = TextNormalizer.Normalize($"{chrome}\n各单位要于6月30日前报送。\n");

        Assert.Equal(["各单位要于6月30日前报送。"], normalized.Lines.Select(line => line.Text));
        Assert.Empty(normalized.PublicationDates);
    }

    [Fact]
    public void Normalize_ComparisonWithAngleBracket_IsNotABreadcrumb()
    {
        Assert.Equal(["优良天数比例>80"], TextNormalizer.Normalize("优良天数比例>80\n").Lines.Select(line => line.Text));
    }

    [Fact]
    public void Normalize_HeadlineRestatingADateBesideItsPublicationDate_IsChromeAndKeepsTheDate()
    {
        var normalized = TextNormalizer.Normalize("6月1日起全面禁烧秸秆！ 发布时间：2022-05-20 09:30 来源：某镇人民政府\n自6月1日起，全镇范围内禁止露天焚烧秸秆。\n");

        Assert.Equal(["自6月1日起，全镇范围内禁止露天焚烧秸秆。"], normalized.Lines.Select(line => line.Text));
        Assert.Equal(new DateOnly(2022, 5, 20), Assert.Single(normalized.PublicationDates).Date);
    }

    [Fact]
    public void Normalize_TitleBesideItsPublicationDate_StaysAsTheTitle()
    {
        var normalized = TextNormalizer.Normalize("某镇人民政府关于6月1日起禁烧秸秆的通告 发布时间：2022-05-20 来源：某镇人民政府\n");

        Assert.Equal(["某镇人民政府关于6月1日起禁烧秸秆的通告"], normalized.Lines.Select(line => line.Text));
    }
}
