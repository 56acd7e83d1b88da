using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Core.Channels;
using Notify.Functions.Deliver;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Fakes.WeChat;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Channels.WeChat;

/// <summary>The Official Account's server URL in safe mode (the default): signed, encrypted, fresh and never applied twice.</summary>
[Collection(AppCollection.Name)]
public sealed class WeChatEventEndpointTests : IAsyncLifetime, IDisposable
{
    private const string ResidentOpenId = "oia2TjuEGTNoeX76QEjQNrcURxG8";
    private readonly CapturingLoggerProvider _logs = new();
    private FakeWeChatServer _wechat = null!;
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _wechat = await FakeWeChatServer.StartAsync();
        _app = await NotifyTestApp.StartAsync(services => services.AddSingleton<ILoggerProvider>(_logs), Settings(_wechat));
        _wechat.EventUrl = new Uri(_app.BaseAddress, "/api/receipts/wechat");
    }

    public async Task DisposeAsync()
    {
        await _wechat.DisposeAsync();
        await _app.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    private WeChatPushSigner Signer => _wechat.Signer;

    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    [Fact]
    public async Task Get_ValidSignature_EchoesEchostr()
    {
        var response = await _app.Http.GetAsync(Signer.PlainMode("", Now).Url() + "&echostr=5838479218127813673");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5838479218127813673", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_ForgedSignature_Forbidden()
    {
        var response = await _app.Http.GetAsync($"/api/receipts/wechat?signature=0000000000000000000000000000000000000000&timestamp={WeChatPushSigner.Timestamp(Now)}&nonce=n&echostr=1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_SignedLongAgo_Forbidden()
    {
        var response = await _app.Http.GetAsync(Signer.PlainMode("", Now.AddHours(-1)).Url() + "&echostr=1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("success", DeliveryStatus.Delivered)]
    [InlineData("failed:user block", DeliveryStatus.PermanentFailure)]
    [InlineData("failed: user block", DeliveryStatus.PermanentFailure)]
    [InlineData("failed: system failed", DeliveryStatus.TemporaryFailure)]
    public async Task Post_SafeModeJobFinished_UpdatesTheDelivery(string status, DeliveryStatus expected)
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();

        var response = await PostAsync(Signer.SafeMode(FakeWeChatServer.JobFinishedXml(msgId, status, ResidentOpenId), Now));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var delivery = await Ledger.FindAsync(deliveryId, CancellationToken.None);
        Assert.Equal(expected, delivery!.Status);
        Assert.Equal(msgId, delivery.ProviderMessageId);
        Assert.DoesNotContain(ResidentOpenId, delivery.RawResponse, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(ResidentOpenId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("oResident1000", DeliveryStatus.Delivered)]
    [InlineData(FakeWeChatServer.BlocksMessages, DeliveryStatus.PermanentFailure)]
    public async Task SendThroughTheApp_FakePushesItsEventInSafeMode_DeliveryTakesItsResult(string openId, DeliveryStatus expected)
    {
        var deliveryId = $"dlv-{Guid.NewGuid():N}";
        await Ledger.CreateAsync(deliveryId, ChannelKind.WeChat, "resident-window-opening", 1, CancellationToken.None);
        var channel = _app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.WeChat);
        var result = await channel.SendAsync(new OutboundMessage(deliveryId, ChannelKind.WeChat, openId, Content()), CancellationToken.None);
        await Ledger.RecordSendAsync(deliveryId, ChannelKind.WeChat, result, CancellationToken.None);

        var delivery = await Eventually.ReturnsAsync(() => Ledger.FindAsync(deliveryId, CancellationToken.None), d => d?.Status == expected, "the pushed job event");

        await _wechat.EventsPushedAsync();
        Assert.Equal(200, Assert.Single(_wechat.Pushes).HttpStatus);
        Assert.Contains("encrypt_type=aes", Assert.Single(_wechat.Pushes).Push.Query, StringComparison.Ordinal);
        Assert.Equal(result.ProviderMessageId, delivery!.ProviderMessageId);
    }

    [Fact]
    public async Task Post_CompatibleModeWithAlteredPlainPart_TheEncryptedPartCounts()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();
        var push = Signer.CompatibleMode(FakeWeChatServer.JobFinishedXml(msgId, "failed:user block"), Now);
        var altered = push with { Body = push.Body.Replace("failed:user block", "success", StringComparison.Ordinal) };

        var response = await PostAsync(altered);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DeliveryStatus.PermanentFailure, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_PlainModePush_403ProblemAndDeliveryUnchanged()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();

        var response = await PostAsync(Signer.PlainMode(FakeWeChatServer.JobFinishedXml(msgId, "success"), Now));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_CapturedPushUrlWithAnotherBody_403AndTheFailedDeliveryStaysFailed()
    {
        var (deliveryId, msgId) = await FailedDeliveryAsync();
        var captured = Signer.SafeMode(FakeWeChatServer.JobFinishedXml("200000001", "success"), Now);
        var guessedKey = new WeChatPushSigner(Signer.Token, WeChatPushSigner.NewEncodingAesKey(), Signer.AppId);
        var forged = FakeWeChatServer.JobFinishedXml(msgId, "success");

        var plainBody = await PostAsync(captured with { Body = forged });
        var encryptedWithGuessedKey = await PostAsync(captured with { Body = $"<xml><Encrypt><![CDATA[{guessedKey.Encrypt(forged)}]]></Encrypt></xml>" });

        Assert.Equal(HttpStatusCode.Forbidden, plainBody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, encryptedWithGuessedKey.StatusCode);
        Assert.Equal(DeliveryStatus.TemporaryFailure, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_TamperedCiphertext_403AndDeliveryUnchanged()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();
        var push = Signer.SafeMode(FakeWeChatServer.JobFinishedXml(msgId, "success"), Now);
        var start = push.Body.IndexOf("<![CDATA[", push.Body.IndexOf("<Encrypt>", StringComparison.Ordinal), StringComparison.Ordinal) + 9;
        var tampered = push.Body[..(start + 10)] + (push.Body[start + 10] == 'A' ? 'B' : 'A') + push.Body[(start + 11)..];

        var response = await PostAsync(push with { Body = tampered });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_SignedCiphertextOfAnotherAccount_403()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();
        var ciphertext = Signer.Encrypt(FakeWeChatServer.JobFinishedXml(msgId, "success"), "wx00000000000000ff");

        var response = await PostAsync(Signer.SafeModeCiphertext(ciphertext, Now));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    [InlineData(-60 * 24)]
    public async Task Post_TimestampOutsideFiveMinutes_403AndTheFailedDeliveryStaysFailed(int minutes)
    {
        var (deliveryId, msgId) = await FailedDeliveryAsync();

        var response = await PostAsync(Signer.SafeMode(FakeWeChatServer.JobFinishedXml(msgId, "success"), Now.AddMinutes(minutes)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeliveryStatus.TemporaryFailure, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_CapturedPushReplayed_AnsweredButNotAppliedAgain()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();
        var push = Signer.SafeMode(FakeWeChatServer.JobFinishedXml(msgId, "failed: system failed"), Now);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(push)).StatusCode);
        var applied = await Ledger.FindAsync(deliveryId, CancellationToken.None);

        var replayed = await PostAsync(push);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal("success", await replayed.Content.ReadAsStringAsync());
        var after = await Ledger.FindAsync(deliveryId, CancellationToken.None);
        Assert.Equal((DeliveryStatus.TemporaryFailure, applied!.UpdatedAt), (after!.Status, after.UpdatedAt));
    }

    [Fact]
    public async Task Post_NonceUsedAgainWithinTheWindow_NotApplied()
    {
        var (deliveryId, msgId) = await FailedDeliveryAsync();
        var nonce = WeChatPushSigner.NewNonce();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Signer.SafeMode(FakeWeChatServer.JobFinishedXml("200000002", "success"), Now, nonce))).StatusCode);

        var second = await PostAsync(Signer.SafeMode(FakeWeChatServer.JobFinishedXml(msgId, "success"), Now, nonce));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(DeliveryStatus.TemporaryFailure, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_OtherEventOrUnknownMsgId_AnsweredSuccess()
    {
        const string subscribe = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oX]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>";

        var other = await PostAsync(Signer.SafeMode(subscribe, Now));
        var unknown = await PostAsync(Signer.SafeMode(FakeWeChatServer.JobFinishedXml("999999999999", "success"), Now));

        Assert.Equal("success", await other.Content.ReadAsStringAsync());
        Assert.Equal("success", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Services_LiveChannels_RegisteredByKind()
    {
        Assert.IsType<Notify.Functions.Channels.WeChat.WeChatTemplateChannel>(_app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.WeChat));
        Assert.IsType<Notify.Functions.Channels.WeCom.WeComAppChannel>(_app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.WeCom));
    }

    [Theory]
    [InlineData("tooShort")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF!")]
    public async Task Start_BadEncodingAesKey_FailsNamingTheSetting(string key)
    {
        var settings = Settings(_wechat);
        settings["Notify:Channels:WeChat:EncodingAESKey"] = key;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => NotifyTestApp.StartAsync(settings: settings, prepareStorage: false));

        Assert.Contains("Notify:Channels:WeChat:EncodingAESKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string?> Settings(FakeWeChatServer wechat, bool allowPlainPushes = false) => new()
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Notify:Channels:WeChat:BaseUrl"] = wechat.BaseUrl.ToString(),
        ["Notify:Channels:WeChat:AppId"] = wechat.AppId,
        ["Notify:Channels:WeChat:AppSecret"] = wechat.AppSecret,
        ["Notify:Channels:WeChat:Token"] = wechat.Token,
        ["Notify:Channels:WeChat:EncodingAESKey"] = wechat.EncodingAesKey,
        ["Notify:Channels:WeChat:AllowPlainPushes"] = allowPlainPushes ? "true" : null,
        ["Notify:Channels:WeChat:MessagesPerSecond"] = "0",
    };

    private DeliveryLedger Ledger => _app.Services.GetRequiredService<DeliveryLedger>();

    private static WeChatTemplateContent Content() =>
        new("tpl-window-opening", new Dictionary<string, string> { ["thing1"] = "高龄津贴申领", ["time2"] = "2027年3月1日" }, "https://example.gov.cn/notice/1");

    private Task<(string DeliveryId, string MsgId)> AcceptedDeliveryAsync() => WeChatReceiptSteps.AcceptedDeliveryAsync(Ledger);

    /// <summary>A delivery WeChat reported as a (temporary) failure: the kind an attacker would want to show as delivered.</summary>
    private async Task<(string DeliveryId, string MsgId)> FailedDeliveryAsync()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();
        await Ledger.ApplyReceiptAsync(ChannelKind.WeChat, msgId, DeliveryStatus.TemporaryFailure, "failed: system failed", "WeChat failed to deliver", "<xml/>", CancellationToken.None);
        return (deliveryId, msgId);
    }

    private Task<HttpResponseMessage> PostAsync(WeChatPush push) => WeChatReceiptSteps.PostAsync(_app.Http, push);
}
