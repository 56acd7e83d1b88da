using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Core.Channels;
using Notify.Functions.Deliver;
using Notify.Functions.Hosting;
using Notify.Functions.Receipts.WeChat;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Channels.WeChat;

[Collection(AppCollection.Name)]
public sealed class WeChatEventEndpointTests : IAsyncLifetime, IDisposable
{
    private const string EventToken = "event-token";
    private const string ResidentOpenId = "oia2TjuEGTNoeX76QEjQNrcURxG8";
    private readonly CapturingLoggerProvider _logs = new();
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await NotifyTestApp.StartAsync(
            services => services.AddSingleton<ILoggerProvider>(_logs),
            new Dictionary<string, string?> { ["Notify:Channels:WeChat:Token"] = EventToken, ["Logging:LogLevel:Default"] = "Trace" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Get_ValidSignature_EchoesEchostr()
    {
        var response = await _app.Http.GetAsync(SignedUrl("1714000000", "nonce123") + "&echostr=5838479218127813673");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5838479218127813673", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_ForgedSignature_Forbidden()
    {
        var response = await _app.Http.GetAsync("/api/receipts/wechat?signature=0000000000000000000000000000000000000000&timestamp=1714000000&nonce=n&echostr=1");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("success", DeliveryStatus.Delivered)]
    [InlineData("failed:user block", DeliveryStatus.PermanentFailure)]
    [InlineData("failed: user block", DeliveryStatus.PermanentFailure)]
    [InlineData("failed: system failed", DeliveryStatus.TemporaryFailure)]
    public async Task Post_SignedJobFinished_UpdatesTheDelivery(string status, DeliveryStatus expected)
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();

        var response = await PostAsync(SignedUrl("1714000001", "n1"), JobFinished(msgId, status));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("success", await response.Content.ReadAsStringAsync());
        var delivery = await Ledger.FindAsync(deliveryId, CancellationToken.None);
        Assert.Equal(expected, delivery!.Status);
        Assert.Equal(msgId, delivery.ProviderMessageId);
        Assert.DoesNotContain(ResidentOpenId, delivery.RawResponse, StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(ResidentOpenId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ForgedSignature_ForbiddenAndDeliveryUnchanged()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();
        var forged = WeChatSignature.Compute("guessed-token", "1714000002", "n2");

        var response = await PostAsync($"/api/receipts/wechat?signature={forged}&timestamp=1714000002&nonce=n2", JobFinished(msgId, "success"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_OtherEventOrUnknownMsgId_AnsweredSuccess()
    {
        const string subscribe = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oX]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event></xml>";

        var other = await PostAsync(SignedUrl("1714000003", "n3"), subscribe);
        var unknown = await PostAsync(SignedUrl("1714000004", "n4"), JobFinished("999999999999", "success"));

        Assert.Equal("success", await other.Content.ReadAsStringAsync());
        Assert.Equal("success", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Services_LiveChannels_RegisteredByKind()
    {
        Assert.IsType<Notify.Functions.Channels.WeChat.WeChatTemplateChannel>(_app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.WeChat));
        Assert.IsType<Notify.Functions.Channels.WeCom.WeComAppChannel>(_app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.WeCom));
    }

    private DeliveryLedger Ledger => _app.Services.GetRequiredService<DeliveryLedger>();

    private async Task<(string DeliveryId, string MsgId)> AcceptedDeliveryAsync()
    {
        var deliveryId = $"dlv-{Guid.NewGuid():N}";
        var msgId = Random.Shared.NextInt64(100_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Ledger.CreateAsync(deliveryId, ChannelKind.WeChat, "resident-window-opening", 1, CancellationToken.None);
        await Ledger.RecordSendAsync(deliveryId, ChannelKind.WeChat, new SendResult(SendOutcome.Accepted, msgId), CancellationToken.None);
        return (deliveryId, msgId);
    }

    private static string SignedUrl(string timestamp, string nonce) =>
        $"/api/receipts/wechat?signature={WeChatSignature.Compute(EventToken, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}";

    private Task<HttpResponseMessage> PostAsync(string url, string xml) =>
        _app.Http.PostAsync(url, new StringContent(xml, Encoding.UTF8, "text/xml"));

    private static string JobFinished(string msgId, string status) =>
        $"""
        <xml>
          <ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>
          <FromUserName><![CDATA[{ResidentOpenId}]]></FromUserName>
          <CreateTime>1395658920</CreateTime>
          <MsgType><![CDATA[event]]></MsgType>
          <Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event>
          <MsgID>{msgId}</MsgID>
          <Status><![CDATA[{status}]]></Status>
        </xml>
        """;
}
