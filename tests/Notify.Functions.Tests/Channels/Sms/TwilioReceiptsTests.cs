using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Core.Channels;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Consent;
using Notify.Functions.Deliver;
using Notify.Functions.Hosting;
using Notify.Functions.Receipts.Twilio;
using Notify.Functions.Tests.Fakes.Twilio;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Channels.Sms;

[Collection(AppCollection.Name)]
public sealed class TwilioReceiptsTests : IAsyncLifetime, IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private FakeTwilioServer _twilio = null!;
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _twilio = await FakeTwilioServer.StartAsync();
        _app = await NotifyTestApp.StartAsync(services => services.AddSingleton<ILoggerProvider>(_logs), new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            [$"{TwilioOptions.Section}:BaseUrl"] = _twilio.BaseUrl.ToString(),
            [$"{TwilioOptions.Section}:AccountSid"] = _twilio.AccountSid,
            [$"{TwilioOptions.Section}:AuthToken"] = _twilio.AuthToken,
            [$"{TwilioOptions.Section}:From"] = "+15005550006",
            [$"{TwilioOptions.Section}:MessagesPerSecond"] = "50",
        });

        // The app's port is known only once it runs, so the callback URL is set on its options now.
        _app.Services.GetRequiredService<TwilioOptions>().StatusCallbackUrl = StatusUrl;
    }

    public async Task DisposeAsync()
    {
        await _twilio.DisposeAsync();
        await _app.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    private Uri StatusUrl => new(_app.BaseAddress, "/api/receipts/twilio/status");

    /// <summary>The status URL as the app hands it to Twilio for a message sent just now.</summary>
    private Uri FreshStatusUrl => StatusUrlSentAt(TimeProvider.System.GetUtcNow());

    private Uri StatusUrlSentAt(DateTimeOffset sentAt) => new(StatusUrl, $"?sent={sentAt.ToUnixTimeSeconds()}");

    private Uri InboundUrl => new(_app.BaseAddress, "/api/receipts/twilio/inbound");

    private DeliveryLedger Ledger => _app.Services.GetRequiredService<DeliveryLedger>();

    private SmsOptOutStore OptOuts => _app.Services.GetRequiredService<SmsOptOutStore>();

    [Fact]
    public async Task StatusCallback_SignedDeliveredFromTwilio_DeliveryBecomesDelivered()
    {
        var deliveryId = await SendThroughAppAsync(FakeTwilioServer.Number("+8613800"));

        var delivery = await Eventually.ReturnsAsync(() => Ledger.FindAsync(deliveryId, CancellationToken.None), d => d?.Status == DeliveryStatus.Delivered, "the delivered callback");

        await _twilio.CallbacksSentAsync();
        Assert.All(_twilio.CallbackResults, c => Assert.Equal(204, c.HttpStatus));
        Assert.Contains("MessageStatus=delivered", delivery!.RawResponse, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FakeTwilioServer.Unreachable, "30003")]
    [InlineData(FakeTwilioServer.Landline, "30006")]
    public async Task StatusCallback_Undelivered_DeliveryBecomesPermanentFailureWithCode(string prefix, string code)
    {
        var deliveryId = await SendThroughAppAsync(FakeTwilioServer.Number(prefix));

        var delivery = await Eventually.ReturnsAsync(() => Ledger.FindAsync(deliveryId, CancellationToken.None), d => d?.Status == DeliveryStatus.PermanentFailure, "the undelivered callback");

        Assert.Equal(code, delivery!.ErrorCode);
    }

    [Theory]
    [InlineData("forged0000000000000000000000=")]
    [InlineData("")]
    public async Task StatusCallback_ForgedOrMissingSignature_403ProblemAndDeliveryUnchanged(string signature)
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();

        using var response = await _twilio.PostSignedAsync(FreshStatusUrl, StatusForm(sid, "delivered"), signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task StatusCallback_SignedForAnotherUrl_403()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();

        using var response = await _twilio.PostSignedAsync(FreshStatusUrl, StatusForm(sid, "delivered"), signedUrl: "https://elsewhere.example/api/receipts/twilio/status");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task StatusCallback_SendTimeOlderThan72Hours_403AndDeliveryUnchanged()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();

        using var response = await _twilio.PostSignedAsync(StatusUrlSentAt(TimeProvider.System.GetUtcNow().AddHours(-73)), StatusForm(sid, "delivered"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task StatusCallback_WithoutSignedSendTime_403AndDeliveryUnchanged()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();

        using var response = await _twilio.PostSignedAsync(StatusUrl, StatusForm(sid, "delivered"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DeliveryStatus.Sending, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task StatusCallback_CapturedCallbackReplayed_204ButNotAppliedAgain()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();
        var url = FreshStatusUrl;
        var form = StatusForm(sid, "undelivered");
        form["ErrorCode"] = "30008";
        using var first = await _twilio.PostSignedAsync(url, form);
        var applied = await Ledger.FindAsync(deliveryId, CancellationToken.None);

        using var replayed = await _twilio.PostSignedAsync(url, form);

        Assert.Equal(HttpStatusCode.NoContent, replayed.StatusCode);
        var after = await Ledger.FindAsync(deliveryId, CancellationToken.None);
        Assert.Equal((DeliveryStatus.TemporaryFailure, applied!.UpdatedAt), (after!.Status, after.UpdatedAt));
    }

    [Fact]
    public async Task StatusCallback_FailedDelivery_NoForgedStaleOrReplayedCallbackMakesItDelivered()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();
        var failed = StatusForm(sid, "failed");
        failed["ErrorCode"] = "30008";
        var url = FreshStatusUrl;
        using var real = await _twilio.PostSignedAsync(url, failed);

        using var forged = await _twilio.PostSignedAsync(url, StatusForm(sid, "delivered"), signature: TwilioWebhookSigner.Sign(_twilio.AuthToken, url.ToString(), failed));
        using var stale = await _twilio.PostSignedAsync(StatusUrlSentAt(TimeProvider.System.GetUtcNow().AddDays(-4)), StatusForm(sid, "delivered"));
        using var replayed = await _twilio.PostSignedAsync(url, failed);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (forged.StatusCode, stale.StatusCode));
        Assert.Equal(DeliveryStatus.TemporaryFailure, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task StatusCallback_UnknownSid_204()
    {
        using var response = await _twilio.PostSignedAsync(FreshStatusUrl, StatusForm($"SM{Guid.NewGuid():N}", "delivered"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task StatusCallback_SentAfterDelivered_StaysDelivered()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();
        using var delivered = await _twilio.PostSignedAsync(FreshStatusUrl, StatusForm(sid, "delivered"));

        using var late = await _twilio.PostSignedAsync(FreshStatusUrl, StatusForm(sid, "sent"));

        Assert.Equal(HttpStatusCode.NoContent, late.StatusCode);
        Assert.Equal(DeliveryStatus.Delivered, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task StatusCallback_BehindProxyWithForwardedHeaders_SignatureOfPublicUrlAccepted()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();
        var form = StatusForm(sid, "delivered");
        var url = FreshStatusUrl;
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "notify.example.gov.cn");
        request.Headers.Add(TwilioWebhook.SignatureHeader, TwilioWebhookSigner.Sign(_twilio.AuthToken, "https://notify.example.gov.cn/api/receipts/twilio/status" + url.Query, form));

        using var response = await _app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DeliveryStatus.Delivered, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
    }

    [Fact]
    public void PublicUrl_PublicBaseUrlConfigured_UsesItWithRequestPathAndQuery()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [TwilioWebhook.PublicBaseUrlSetting] = "https://notify.example.gov.cn/",
        }).Build();
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        context.Request.Path = "/api/receipts/twilio/status";
        context.Request.QueryString = new QueryString("?a=1");

        var url = new TwilioWebhook(new TwilioOptions(), configuration).PublicUrl(context.Request);

        Assert.Equal("https://notify.example.gov.cn/api/receipts/twilio/status?a=1", url);
    }

    [Fact]
    public async Task InboundReply_OptOutRepeatOptIn_ConfirmsEachChangeOnce()
    {
        var from = FakeTwilioServer.Number("+8613700");

        var optOut = await ReplyAsync(from, "退订");
        Assert.Contains("<Message>", optOut, StringComparison.Ordinal);
        Assert.Contains("您已退订", optOut, StringComparison.Ordinal);
        Assert.True(await OptOuts.IsOptedOutAsync(from, CancellationToken.None));

        var repeated = await ReplyAsync(from, " td ");
        Assert.EndsWith("<Response/>", repeated, StringComparison.Ordinal);
        Assert.True(await OptOuts.IsOptedOutAsync(from, CancellationToken.None));

        var optIn = await ReplyAsync(from, "订阅");
        Assert.Contains("您已恢复接收", optIn, StringComparison.Ordinal);
        Assert.False(await OptOuts.IsOptedOutAsync(from, CancellationToken.None));

        Assert.EndsWith("<Response/>", await ReplyAsync(from, "START"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  stop ")]
    [InlineData("T")]
    [InlineData("n")]
    [InlineData("Td")]
    public async Task InboundReply_OptOutKeywordAnyCaseAndSpaces_OptsOut(string body)
    {
        var from = FakeTwilioServer.Number("+8613600");

        Assert.Contains("您已退订", await ReplyAsync(from, body), StringComparison.Ordinal);

        Assert.True(await OptOuts.IsOptedOutAsync(from, CancellationToken.None));
    }

    [Fact]
    public async Task SendAndReplies_Logged_NumbersMaskedAndTokenNeverLogged()
    {
        var to = FakeTwilioServer.Number("+8613200");
        var deliveryId = await SendThroughAppAsync(to);
        await Eventually.ReturnsAsync(() => Ledger.FindAsync(deliveryId, CancellationToken.None), d => d?.Status == DeliveryStatus.Delivered, "the delivered callback");
        await ReplyAsync(to, "退订");

        Assert.Contains(_logs.Lines, line => line.Contains(SmsNumbers.Mask(to), StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(to, StringComparison.Ordinal) || line.Contains(to[1..], StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(_twilio.AuthToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InboundReply_TwoOptOutsAtOnce_OnlyOneConfirmed()
    {
        var from = FakeTwilioServer.Number("+8613100");

        var replies = await Task.WhenAll(ReplyAsync(from, "退订"), ReplyAsync(from, "STOP"), ReplyAsync(from, "TD"));

        Assert.Single(replies, reply => reply.Contains("您已退订", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StatusCallback_Failed21610_RecipientOptedOut()
    {
        var (deliveryId, sid) = await AcceptedDeliveryAsync();
        var form = StatusForm(sid, "failed");
        var to = FakeTwilioServer.Number("+8613000");
        form["To"] = to;
        form["ErrorCode"] = "21610";

        using var response = await _twilio.PostSignedAsync(FreshStatusUrl, form);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DeliveryStatus.Suppressed, (await Ledger.FindAsync(deliveryId, CancellationToken.None))!.Status);
        Assert.True(await OptOuts.IsOptedOutAsync(to, CancellationToken.None));
    }

    [Fact]
    public async Task InboundReply_OtherText_EmptyResponseAndNothingRecorded()
    {
        var from = FakeTwilioServer.Number("+8613500");

        Assert.EndsWith("<Response/>", await ReplyAsync(from, "请问截止日期是哪天？"), StringComparison.Ordinal);
        Assert.False(await OptOuts.IsOptedOutAsync(from, CancellationToken.None));
    }

    [Fact]
    public async Task InboundReply_CapturedOptOutReplayedAfterOptIn_StaysOptedIn()
    {
        var from = FakeTwilioServer.Number("+8613900");
        var captured = InboundForm(from, "退订");
        using (await _twilio.PostSignedAsync(InboundUrl, captured))
        {
        }

        await ReplyAsync(from, "订阅");
        using var replayed = await _twilio.PostSignedAsync(InboundUrl, captured);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.EndsWith("<Response/>", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await OptOuts.IsOptedOutAsync(from, CancellationToken.None));
    }

    [Fact]
    public async Task InboundReply_ForgedSignature_403AndNotOptedOut()
    {
        var from = FakeTwilioServer.Number("+8613400");

        using var response = await _twilio.PostSignedAsync(InboundUrl, InboundForm(from, "退订"), "Zm9yZ2Vk");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await OptOuts.IsOptedOutAsync(from, CancellationToken.None));
    }

    [Fact]
    public async Task InboundReply_ThenSend_SuppressedWithoutCallingTwilio()
    {
        var from = FakeTwilioServer.Number("+8613300");
        await ReplyAsync(from, "STOP");
        var channel = _app.Services.GetRequiredService<TwilioSmsChannel>();

        var result = await channel.SendAsync(new OutboundMessage("d-stop", ChannelKind.Sms, from, new SmsContent("【通知平台】测试")), CancellationToken.None);

        Assert.Equal(SendOutcome.Suppressed, result.Outcome);
        Assert.Equal(0, _twilio.Requests);
    }

    private async Task<string> SendThroughAppAsync(string to)
    {
        var deliveryId = $"d{Guid.NewGuid():N}";
        await Ledger.CreateAsync(deliveryId, ChannelKind.Sms, "unit-deadline-nudge", 1, CancellationToken.None);
        await Ledger.MarkSendingAsync(deliveryId, CancellationToken.None);
        var channel = _app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.Sms);
        var result = await channel.SendAsync(new OutboundMessage(deliveryId, ChannelKind.Sms, to, new SmsContent("【通知平台】您的申报还剩3天。")), CancellationToken.None);
        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        await Ledger.RecordSendAsync(deliveryId, ChannelKind.Sms, result, CancellationToken.None);
        return deliveryId;
    }

    private async Task<(string DeliveryId, string Sid)> AcceptedDeliveryAsync()
    {
        var deliveryId = $"d{Guid.NewGuid():N}";
        var sid = $"SM{Guid.NewGuid():N}";
        await Ledger.CreateAsync(deliveryId, ChannelKind.Sms, "unit-deadline-nudge", 1, CancellationToken.None);
        await Ledger.RecordSendAsync(deliveryId, ChannelKind.Sms, new SendResult(SendOutcome.Accepted, sid), CancellationToken.None);
        return (deliveryId, sid);
    }

    private async Task<string> ReplyAsync(string from, string body)
    {
        using var response = await _twilio.PostSignedAsync(InboundUrl, InboundForm(from, body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private Dictionary<string, string> StatusForm(string sid, string status) => new(StringComparer.Ordinal)
    {
        ["MessageSid"] = sid,
        ["SmsSid"] = sid,
        ["MessageStatus"] = status,
        ["SmsStatus"] = status,
        ["AccountSid"] = _twilio.AccountSid,
        ["To"] = "+8613800000000",
        ["From"] = "+15005550006",
        ["ApiVersion"] = "2010-04-01",
    };

    private Dictionary<string, string> InboundForm(string from, string body) => new(StringComparer.Ordinal)
    {
        ["MessageSid"] = $"SM{Guid.NewGuid():N}",
        ["SmsSid"] = $"SM{Guid.NewGuid():N}",
        ["AccountSid"] = _twilio.AccountSid,
        ["From"] = from,
        ["To"] = "+15005550006",
        ["Body"] = body,
        ["NumSegments"] = "1",
        ["NumMedia"] = "0",
        ["ApiVersion"] = "2010-04-01",
    };
}
