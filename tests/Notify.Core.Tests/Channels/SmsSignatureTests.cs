using Notify.Core.Channels;
using Notify.Core.Templates;

namespace Notify.Core.Tests.Channels;

public sealed class SmsSignatureTests
{
    [Theory]
    [InlineData("【扎赉】")]
    [InlineData("【扎赉特医保】")]
    [InlineData("【扎赉特旗医疗保障局通知中】")]
    public void Problem_BracketedNameOfTwoToTwelveCharacters_IsNone(string signature) =>
        Assert.Null(SmsSignature.Problem(signature));

    [Theory]
    [InlineData("【医】", "1 characters")]
    [InlineData("【扎赉特旗医疗保障局通知中心】", "13 characters")]
    [InlineData("扎赉特医保", "full-width brackets")]
    [InlineData("[扎赉特医保]", "full-width brackets")]
    [InlineData("【扎赉特医保】您好", "full-width brackets")]
    [InlineData("", "full-width brackets")]
    [InlineData(null, "full-width brackets")]
    public void Problem_OtherShapes_SaysWhatIsExpected(string? signature, string expected) =>
        Assert.Contains(expected, SmsSignature.Problem(signature), StringComparison.Ordinal);

    [Fact]
    public void Sign_PutsTheSignatureInFront_AndItCountsTowardsTheParts()
    {
        var body = new string('请', 65);

        var signed = SmsSignature.Sign("【扎赉特医保】", body);

        Assert.Equal("【扎赉特医保】" + body, signed);
        Assert.Equal(1, SmsSegments.Count(body).Parts);
        Assert.Equal(2, SmsSegments.Count(signed).Parts);
    }

    [Fact]
    public void Leading_FindsTheSignatureATextStartsWith()
    {
        Assert.Equal("【包头医保】", SmsSignature.Leading("【包头医保】您好"));
        Assert.Null(SmsSignature.Leading("您好【包头医保】"));
    }

    [Fact]
    public void Longest_HasTheMostCharactersASignatureMayHave() =>
        Assert.Equal(SmsSignature.MaxNameLength + 2, SmsSignature.Longest.Length);
}
