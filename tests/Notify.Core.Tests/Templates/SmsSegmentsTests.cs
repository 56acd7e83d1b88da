using Notify.Core.Templates;

namespace Notify.Core.Tests.Templates;

public class SmsSegmentsTests
{
    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    [InlineData(402, 6)]
    [InlineData(403, 7)]
    public void Count_ChineseText_CountsUcs2Parts(int length, int parts)
    {
        var segments = SmsSegments.Count(new string('通', length));

        Assert.Equal(new SmsSegments(SmsEncoding.Ucs2, length, parts), segments);
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Count_PlainAscii_CountsGsm7Parts(int length, int parts)
    {
        var segments = SmsSegments.Count(new string('a', length));

        Assert.Equal(new SmsSegments(SmsEncoding.Gsm7, length, parts), segments);
    }

    [Fact]
    public void Count_ExtendedCharacters_CostTwoSeptets()
    {
        var segments = SmsSegments.Count(new string('a', 158) + "€");

        Assert.Equal(new SmsSegments(SmsEncoding.Gsm7, 160, 1), segments);
        Assert.Equal(2, SmsSegments.Count(new string('a', 159) + "[").Parts);
    }

    [Fact]
    public void Count_ExtendedCharacterAtAPartBoundary_MovesWhole()
    {
        // 152 plain + '{' would need septets 153 and 154: the escape pair is not split, so part one holds 152.
        var body = new string('a', 152) + "{" + new string('b', 152);

        var segments = SmsSegments.Count(body);

        Assert.Equal(306, segments.Units);
        Assert.Equal(3, segments.Parts);
    }

    [Fact]
    public void Count_OneChineseCharacterInAsciiText_MakesTheWholeMessageUcs2()
    {
        var segments = SmsSegments.Count(new string('a', 70) + "元");

        Assert.Equal(new SmsSegments(SmsEncoding.Ucs2, 71, 2), segments);
    }

    [Fact]
    public void Count_GsmAccentedLetters_StayGsm7()
    {
        Assert.Equal(SmsEncoding.Gsm7, SmsSegments.Count("Café à Zürich, £5 @ 10:00").Encoding);
        Assert.Equal(SmsEncoding.Ucs2, SmsSegments.Count("naïve").Encoding);
    }

    [Fact]
    public void Count_SignatureCounts_TowardsTheLength()
    {
        var body = "【包头医保】" + new string('通', 64);

        Assert.Equal(1, SmsSegments.Count(body).Parts);
        Assert.Equal(2, SmsSegments.Count(body + "。").Parts);
    }
}
