using System.Buffers.Text;
using System.Text;
using Notify.Functions.Acknowledgements;
using Notify.Testing;

namespace Notify.Functions.Tests.Acknowledgements;

public sealed class AcknowledgementLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private readonly ManualTimeProvider _clock = new(Now);

    private AcknowledgementLinks Links(byte[]? key = null) => new(
        new AcknowledgementSigningKey(TestAccount.Clients, key ?? Key),
        new AcknowledgementOptions(new Uri("https://notify.example.gov.cn/"), "api", AcknowledgementOptions.DefaultHelpContact),
        _clock);

    private static string TokenOf(Uri link) => link.AbsolutePath[(link.AbsolutePath.LastIndexOf('/') + 1)..];

    [Fact]
    public void Create_ThenVerify_IsValidWithTheLinkFields()
    {
        var link = Links().Create("p1", "i00003", "baotou.civil-affairs", Now.AddDays(30));

        var check = Links().Verify(TokenOf(link));

        Assert.StartsWith("https://notify.example.gov.cn/api/a/", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(new AcknowledgementLinkCheck(AcknowledgementLinkStatus.Valid, "p1", "i00003", "baotou.civil-affairs", Now.AddDays(30)), check);
    }

    [Fact]
    public void Verify_PayloadSwappedForAnotherUnit_IsTampered()
    {
        var token = TokenOf(Links().Create("p1", "i00003", "baotou.civil-affairs", Now.AddDays(30)));
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.AsSpan(0, token.IndexOf('.', StringComparison.Ordinal))))
            .Replace("civil-affairs", "education", StringComparison.Ordinal);
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + token[token.IndexOf('.', StringComparison.Ordinal)..];

        Assert.Equal(AcknowledgementLinkStatus.Tampered, Links().Verify(forged).Status);
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_IsTampered()
    {
        var token = TokenOf(Links(new byte[32]).Create("p1", "i00003", "baotou.civil-affairs", Now.AddDays(30)));

        Assert.Equal(AcknowledgementLinkStatus.Tampered, Links().Verify(token).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("abc.def")]
    [InlineData("a.b.c")]
    [InlineData("%%%.%%%")]
    public void Verify_Garbage_IsMalformed(string token) =>
        Assert.Equal(AcknowledgementLinkStatus.Malformed, Links().Verify(token).Status);

    [Fact]
    public void Verify_CutShort_IsMalformed()
    {
        var token = TokenOf(Links().Create("p1", "i00003", "baotou.civil-affairs", Now.AddDays(30)));

        Assert.Equal(AcknowledgementLinkStatus.Malformed, Links().Verify(token[..^10]).Status);
    }

    [Fact]
    public void Verify_AfterExpiry_IsExpired()
    {
        var token = TokenOf(Links().Create("p1", "i00003", "baotou.civil-affairs", Now.AddDays(60)));

        _clock.Advance(TimeSpan.FromDays(59));
        var before = Links().Verify(token).Status;
        _clock.Advance(TimeSpan.FromDays(1));
        var after = Links().Verify(token);

        Assert.Equal(AcknowledgementLinkStatus.Valid, before);
        Assert.Equal(AcknowledgementLinkStatus.Expired, after.Status);
        Assert.Equal("baotou.civil-affairs", after.UnitId);
    }

    [Fact]
    public void Parse_ShortKey_IsRefusedWithoutEchoingIt()
    {
        var exception = Assert.Throws<FormatException>(() => AcknowledgementSigningKey.Parse(Convert.ToBase64String(new byte[16]), "Setting"));

        Assert.DoesNotContain(Convert.ToBase64String(new byte[16]), exception.Message, StringComparison.Ordinal);
    }
}
