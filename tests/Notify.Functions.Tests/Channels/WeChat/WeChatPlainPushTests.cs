using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Deliver;
using Notify.Functions.Tests.Fakes.WeChat;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Channels.WeChat;

/// <summary>Plain-mode pushes where they are explicitly allowed: signed, fresh and never applied twice all the same.</summary>
[Collection(AppCollection.Name)]
public sealed class WeChatPlainPushTests : IAsyncLifetime
{
    private FakeWeChatServer _wechat = null!;
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _wechat = await FakeWeChatServer.StartAsync();
        _app = await NotifyTestApp.StartAsync(settings: WeChatEventEndpointTests.Settings(_wechat, allowPlainPushes: true));
    }

    public async Task DisposeAsync()
    {
        await _wechat.DisposeAsync();
        await _app.DisposeAsync();
    }

    private DeliveryLedger Ledger => _app.Services.GetRequiredService<DeliveryLedger>();

    [Fact]
    public async Task Post_PlainPushAllowed_Applied()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();

        var response = await PostAsync(_wechat.Signer.PlainMode(FakeWeChatServer.JobFinishedXml(msgId, "success"), TimeProvider.System.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DeliveryStatus.Delivered, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Post_PlainPushAllowedButStaleOrNonceReused_NotApplied()
    {
        var (deliveryId, msgId) = await AcceptedDeliveryAsync();
        var captured = _wechat.Signer.PlainMode(FakeWeChatServer.JobFinishedXml("200000003", "success"), TimeProvider.System.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(captured)).StatusCode);

        var stale = await PostAsync(_wechat.Signer.PlainMode(FakeWeChatServer.JobFinishedXml(msgId, "success"), TimeProvider.System.GetUtcNow().AddMinutes(-10)));
        var reused = await PostAsync(captured with { Body = FakeWeChatServer.JobFinishedXml(msgId, "success") });

        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    private Task<(string DeliveryId, string MsgId)> AcceptedDeliveryAsync() => WeChatReceiptSteps.AcceptedDeliveryAsync(Ledger);

    private Task<HttpResponseMessage> PostAsync(WeChatPush push) => WeChatReceiptSteps.PostAsync(_app.Http, push);
}
