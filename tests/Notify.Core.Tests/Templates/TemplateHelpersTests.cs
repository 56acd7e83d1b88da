using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

public class TemplateHelpersTests
{
    [Theory]
    [InlineData("2027-02-25", "2027年2月25日")]
    [InlineData("2027-12-01", "2027年12月1日")]
    public void FormatDate_IsoDate_WritesChineseDate(string value, string expected)
    {
        Assert.Equal(expected, TemplateHelpers.FormatDate(value, TemplateLocales.ChineseSimplified));
    }

    [Fact]
    public void FormatDate_DateOnlyAndDateTimeOffset_WriteTheSameDate()
    {
        Assert.Equal("2027年2月25日", TemplateHelpers.FormatDate(new DateOnly(2027, 2, 25), TemplateLocales.ChineseSimplified));
        Assert.Equal("2027年2月25日", TemplateHelpers.FormatDate(new DateTimeOffset(2027, 2, 25, 9, 0, 0, TimeSpan.FromHours(8)), TemplateLocales.ChineseSimplified));
    }

    [Fact]
    public void FormatDate_Mongolian_KeepsDigitsWithMongolianWordsWithinTwentyCharacters()
    {
        var date = TemplateHelpers.FormatDate("2027-12-31", TemplateLocales.MongolianTraditional);

        Assert.StartsWith("2027 ᠣᠨ 12 ᠰᠠᠷ", date, StringComparison.Ordinal);
        Assert.EndsWith(" 31", date, StringComparison.Ordinal);
        Assert.True(date.Length <= TemplateValidator.MaxWeChatFieldLength);
    }

    [Fact]
    public void FormatDate_NotADate_Throws()
    {
        Assert.Throws<FormatException>(() => TemplateHelpers.FormatDate("下周", TemplateLocales.ChineseSimplified));
    }

    [Theory]
    [InlineData(280, "280元")]
    [InlineData(0, "0元")]
    [InlineData(1234.5, "1,234.50元")]
    [InlineData(12000, "12,000元")]
    [InlineData(99.99, "99.99元")]
    public void FormatYuan_Amount_WritesYuan(double amount, string expected)
    {
        Assert.Equal(expected, TemplateHelpers.FormatYuan((decimal)amount, TemplateLocales.ChineseSimplified));
    }

    [Fact]
    public void FormatYuan_TextAndInteger_AreAccepted()
    {
        Assert.Equal("280元", TemplateHelpers.FormatYuan("280", TemplateLocales.ChineseSimplified));
        Assert.Equal("280元", TemplateHelpers.FormatYuan(280, TemplateLocales.ChineseSimplified));
        Assert.Equal("280 ᠶᠤᠸᠠᠨ", TemplateHelpers.FormatYuan(280, TemplateLocales.MongolianTraditional));
    }

    [Theory]
    [InlineData(3, "还剩3天")]
    [InlineData(1, "还剩1天")]
    [InlineData(0, "今天截止")]
    [InlineData(-2, "已逾期2天")]
    public void FormatDaysLeft_Days_WritesChinesePhrase(int days, string expected)
    {
        Assert.Equal(expected, TemplateHelpers.FormatDaysLeft(days, TemplateLocales.ChineseSimplified));
    }

    [Theory]
    [InlineData("13800000000", "138****0000")]
    [InlineData("+8613800000000", "+86*******0000")]
    [InlineData("wangli@example.cn", "w***@example.cn")]
    [InlineData("12345", "1***5")]
    public void FormatMask_Value_HidesTheMiddle(string value, string expected)
    {
        Assert.Equal(expected, TemplateHelpers.FormatMask(value));
    }

    [Fact]
    public void Format_HelperOutsideTheClosedSet_Throws()
    {
        Assert.Throws<ArgumentException>(() => TemplateHelpers.Format("lookup", "x", TemplateLocales.ChineseSimplified));
    }
}
