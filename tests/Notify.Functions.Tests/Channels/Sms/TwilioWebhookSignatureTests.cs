using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Receipts.Twilio;
using Notify.Functions.Tests.Fakes.Twilio;

namespace Notify.Functions.Tests.Channels.Sms;

public sealed class TwilioWebhookSignatureTests
{
    // The worked example in Twilio's "Webhooks security" guide (auth token 12345).
    private const string DocsToken = "12345";
    private const string DocsUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private const string DocsSignature = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

    private static readonly Dictionary<string, string> DocsParameters = new(StringComparer.Ordinal)
    {
        ["To"] = "+18005551212",
        ["CallSid"] = "CA1234567890ABCDE",
        ["Digits"] = "1234",
        ["From"] = "+12349013030",
        ["Caller"] = "+12349013030",
    };

    [Fact]
    public void FakeSigner_TwilioDocsExample_MatchesPublishedSignature()
    {
        Assert.Equal(DocsSignature, TwilioWebhookSigner.Sign(DocsToken, DocsUrl, DocsParameters));
    }

    [Fact]
    public void IsSigned_TwilioDocsExample_True()
    {
        Assert.True(Webhook(DocsToken).IsSigned(DocsUrl, DocsParameters, DocsSignature));
    }

    [Fact]
    public void IsSigned_TamperedParameter_False()
    {
        var tampered = new Dictionary<string, string>(DocsParameters, StringComparer.Ordinal) { ["Digits"] = "9999" };

        Assert.False(Webhook(DocsToken).IsSigned(DocsUrl, tampered, DocsSignature));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDgQ")]
    public void IsSigned_MissingOrTruncatedSignature_False(string? signature)
    {
        Assert.False(Webhook(DocsToken).IsSigned(DocsUrl, DocsParameters, signature));
    }

    [Fact]
    public void IsSigned_OtherTokenOrUrl_False()
    {
        Assert.False(Webhook("54321").IsSigned(DocsUrl, DocsParameters, DocsSignature));
        Assert.False(Webhook(DocsToken).IsSigned("https://mycompany.com/myapp.php?foo=1&bar=3", DocsParameters, DocsSignature));
    }

    [Fact]
    public void IsSigned_NoAuthTokenConfigured_FalseEvenForASignatureOfTheEmptyToken()
    {
        var signature = TwilioWebhookSigner.Sign("", DocsUrl, DocsParameters);

        Assert.False(Webhook("").IsSigned(DocsUrl, DocsParameters, signature));
    }

    [Fact]
    public void IsSigned_SignedWithDefaultPort_AcceptedWithoutIt()
    {
        var signature = TwilioWebhookSigner.Sign(DocsToken, "https://mycompany.com:443/myapp.php?foo=1&bar=2", DocsParameters);

        Assert.True(Webhook(DocsToken).IsSigned(DocsUrl, DocsParameters, signature));
    }

    [Fact]
    public void IsSigned_SignedWithoutDefaultPort_AcceptedWithIt()
    {
        Assert.True(Webhook(DocsToken).IsSigned("https://mycompany.com:443/myapp.php?foo=1&bar=2", DocsParameters, DocsSignature));
    }

    [Fact]
    public void IsSigned_UrlThatIsNotAUrl_FalseRatherThanThrowing()
    {
        Assert.False(Webhook(DocsToken).IsSigned("https://bad host/x", DocsParameters, DocsSignature));
    }

    [Fact]
    public async Task ReadVerifiedForm_PublicBaseUrlConfigured_AcceptsTheSignatureOfThePublicUrlOnly()
    {
        var webhook = Webhook(DocsToken, publicBaseUrl: "https://notify.example.gov.cn/");
        var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["MessageSid"] = "SM1", ["MessageStatus"] = "delivered" };

        var publicSigned = await webhook.ReadVerifiedFormAsync(
            CallbackRequest(form, TwilioWebhookSigner.Sign(DocsToken, "https://notify.example.gov.cn/api/receipts/twilio/status", form)), CancellationToken.None);
        var localSigned = await webhook.ReadVerifiedFormAsync(
            CallbackRequest(form, TwilioWebhookSigner.Sign(DocsToken, "http://127.0.0.1:7071/api/receipts/twilio/status", form)), CancellationToken.None);

        Assert.Equal(form, publicSigned!.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        Assert.Null(localSigned);
    }

    [Fact]
    public async Task ReadVerifiedForm_NotAForm_Null()
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream("{}"u8.ToArray());
        context.Request.Headers[TwilioWebhook.SignatureHeader] = DocsSignature;

        Assert.Null(await Webhook(DocsToken).ReadVerifiedFormAsync(context.Request, CancellationToken.None));
    }

    private static TwilioWebhook Webhook(string authToken, string? publicBaseUrl = null) => new(
        new TwilioOptions { AuthToken = authToken },
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [TwilioWebhook.PublicBaseUrlSetting] = publicBaseUrl }).Build());

    private static HttpRequest CallbackRequest(IReadOnlyDictionary<string, string> form, string signature)
    {
        var context = new DefaultHttpContext();
        var body = string.Join("&", form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        context.Request.Method = "POST";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        context.Request.Path = "/api/receipts/twilio/status";
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Request.Headers[TwilioWebhook.SignatureHeader] = signature;
        return context.Request;
    }
}
