using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Core.Channels;
using Notify.Functions.Channels;
using Notify.Functions.Channels.Sandbox;
using Notify.Testing;

namespace Notify.Functions.Tests.Channels.Fallback;

public sealed class ChannelFallbackTests
{
    private static readonly Dictionary<ChannelKind, string> AllAddresses = new()
    {
        [ChannelKind.WeChat] = "oAbCdEfGhIjKlMnOpQ",
        [ChannelKind.WeCom] = "ZhangSan",
        [ChannelKind.Sms] = "13800000000",
        [ChannelKind.Email] = "zhang.san@example.cn",
    };

    private static readonly Dictionary<ChannelKind, MessageContent> AllContents = new()
    {
        [ChannelKind.WeChat] = new WeChatTemplateContent("tpl-001", new Dictionary<string, string> { ["thing1"] = "养老保险缴费" }, null),
        [ChannelKind.WeCom] = new WeComTextCardContent("缴费提醒", "还剩3天", "https://example.gov.cn/n/1", "详情"),
        [ChannelKind.Sms] = new SmsContent("【呼和浩特市】养老保险缴费还剩3天"),
        [ChannelKind.Email] = new EmailContent("缴费提醒", "<p>还剩3天</p>", "还剩3天"),
    };

    [Fact]
    public async Task SendAsync_ResidentWeChatAccepts_SentOnWeChatOnly()
    {
        var channels = Channels(wechat: SendOutcome.Accepted);

        var result = await Fallback(channels).SendAsync(Request(ChannelFallbackPreferences.Residents), CancellationToken.None);

        Assert.Equal(ChannelFallbackStatus.Sent, result.Status);
        Assert.Equal(ChannelKind.WeChat, result.Channel);
        Assert.Equal([ChannelKind.WeChat], result.Attempts.Select(a => a.Channel));
        Assert.Equal(1, TotalSent(channels));
    }

    [Fact]
    public async Task SendAsync_ResidentNotFollowingOnWeChat_FallsBackToSms()
    {
        var channels = Channels(wechat: SendOutcome.PermanentFailure, sms: SendOutcome.Accepted);

        var result = await Fallback(channels).SendAsync(Request(ChannelFallbackPreferences.Residents), CancellationToken.None);

        Assert.Equal(ChannelFallbackStatus.Sent, result.Status);
        Assert.Equal(ChannelKind.Sms, result.Channel);
        Assert.Equal([ChannelKind.WeChat, ChannelKind.Sms], result.Attempts.Select(a => a.Channel));
        Assert.Empty(channels[ChannelKind.Email].Sent);
        var sms = Assert.Single(channels[ChannelKind.Sms].Sent);
        Assert.Equal(new OutboundMessage("dlv-1", ChannelKind.Sms, "13800000000", AllContents[ChannelKind.Sms]), sms);
    }

    [Fact]
    public async Task SendAsync_UnitDefaultOrder_WeComThenSmsThenEmail()
    {
        var channels = Channels(wecom: SendOutcome.PermanentFailure, sms: SendOutcome.Suppressed, email: SendOutcome.Delivered);

        var result = await Fallback(channels).SendAsync(Request(ChannelFallbackPreferences.Units), CancellationToken.None);

        Assert.Equal(ChannelFallbackStatus.Sent, result.Status);
        Assert.Equal([ChannelKind.WeCom, ChannelKind.Sms, ChannelKind.Email], result.Attempts.Select(a => a.Channel));
        Assert.Empty(channels[ChannelKind.WeChat].Sent);
    }

    [Fact]
    public async Task SendAsync_NoWeChatAddressAndSmsOptedOut_SkipsBothWithoutCallingThem()
    {
        var channels = Channels(email: SendOutcome.Delivered);
        var addresses = new Dictionary<ChannelKind, string>(AllAddresses);
        addresses.Remove(ChannelKind.WeChat);
        var request = Request(ChannelFallbackPreferences.Residents, addresses) with { OptedOut = new HashSet<ChannelKind> { ChannelKind.Sms } };

        var result = await Fallback(channels).SendAsync(request, CancellationToken.None);

        Assert.Equal(ChannelFallbackStatus.Sent, result.Status);
        Assert.Collection(
            result.Attempts,
            wechat => Assert.Equal((ChannelKind.WeChat, true, "no-address"), (wechat.Channel, wechat.Skipped, wechat.Result.ErrorCode)),
            sms => Assert.Equal((ChannelKind.Sms, true, SendOutcome.Suppressed), (sms.Channel, sms.Skipped, sms.Result.Outcome)),
            email => Assert.Equal((ChannelKind.Email, false, SendOutcome.Delivered), (email.Channel, email.Skipped, email.Result.Outcome)));
        Assert.Empty(channels[ChannelKind.WeChat].Sent);
        Assert.Empty(channels[ChannelKind.Sms].Sent);
    }

    [Theory]
    [InlineData(SendOutcome.TemporaryFailure)]
    [InlineData(SendOutcome.TechnicalFailure)]
    public async Task SendAsync_WeChatFailsTemporarily_DeferredOnWeChatAndNothingElseSent(SendOutcome outcome)
    {
        var channels = Channels(wechat: outcome, retryAfter: TimeSpan.FromMinutes(10));

        var result = await Fallback(channels).SendAsync(Request(ChannelFallbackPreferences.Residents), CancellationToken.None);

        Assert.Equal(ChannelFallbackStatus.Deferred, result.Status);
        Assert.Equal(ChannelKind.WeChat, result.Channel);
        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryAfter);
        Assert.Equal(1, TotalSent(channels));
    }

    [Fact]
    public async Task SendAsync_ResumedAtSmsAfterDeferral_NeverGoesBackToWeChat()
    {
        var channels = Channels(wechat: SendOutcome.Accepted, sms: SendOutcome.Accepted);
        var request = Request(ChannelFallbackPreferences.Residents) with { ResumeAt = ChannelKind.Sms };

        var result = await Fallback(channels).SendAsync(request, CancellationToken.None);

        Assert.Equal(ChannelKind.Sms, result.Channel);
        Assert.Empty(channels[ChannelKind.WeChat].Sent);
    }

    [Fact]
    public async Task SendAsync_EveryChannelRefuses_ExhaustedAfterTryingEachOnce()
    {
        var channels = Channels();

        var result = await Fallback(channels).SendAsync(Request(ChannelFallbackPreferences.Residents), CancellationToken.None);

        Assert.Equal(ChannelFallbackStatus.Exhausted, result.Status);
        Assert.Null(result.Channel);
        Assert.Equal(3, result.Attempts.Count);
        Assert.Equal(3, TotalSent(channels));
    }

    [Fact]
    public async Task SendAsync_SandboxMode_DeliveredOnTheFirstChannelOnly()
    {
        var channels = Channels(wechat: SendOutcome.Accepted);
        var table = TestAccount.Clients.GetTableClient(Notify.Functions.Storage.Tables.SandboxMessages);
        await table.CreateIfNotExistsAsync();
        var sandbox = new SandboxChannels(TestAccount.Clients, new SandboxOptions(), new SandboxSendLog(new SandboxOptions()), TimeProvider.System, NullLogger<SandboxChannel>.Instance);
        var registry = new ChannelRegistry(Provider(channels), new ChannelOptions(ChannelMode.Sandbox), sandbox, new CircuitBreakerOptions(), TimeProvider.System);
        var request = Request(ChannelFallbackPreferences.Residents) with { DeliveryId = $"fallback-{Guid.NewGuid():N}" };

        var result = await new ChannelFallback(registry).SendAsync(request, CancellationToken.None);

        Assert.Equal(ChannelFallbackStatus.Sent, result.Status);
        Assert.Equal(SendOutcome.Delivered, Assert.Single(result.Attempts).Result.Outcome);
        Assert.Equal(0, TotalSent(channels));
    }

    private static ChannelFallbackRequest Request(IReadOnlyList<ChannelKind> preference, IReadOnlyDictionary<ChannelKind, string>? addresses = null) =>
        new("dlv-1", preference, addresses ?? AllAddresses, AllContents);

    private static Dictionary<ChannelKind, ScriptedChannel> Channels(
        SendOutcome wechat = SendOutcome.PermanentFailure,
        SendOutcome wecom = SendOutcome.PermanentFailure,
        SendOutcome sms = SendOutcome.PermanentFailure,
        SendOutcome email = SendOutcome.PermanentFailure,
        TimeSpan? retryAfter = null) => new()
    {
        [ChannelKind.WeChat] = new(ChannelKind.WeChat, wechat, retryAfter),
        [ChannelKind.WeCom] = new(ChannelKind.WeCom, wecom, retryAfter),
        [ChannelKind.Sms] = new(ChannelKind.Sms, sms, retryAfter),
        [ChannelKind.Email] = new(ChannelKind.Email, email, retryAfter),
    };

    private static int TotalSent(Dictionary<ChannelKind, ScriptedChannel> channels) => channels.Values.Sum(c => c.Sent.Count);

    private static ChannelFallback Fallback(Dictionary<ChannelKind, ScriptedChannel> channels) =>
        new(new ChannelRegistry(
            Provider(channels),
            new ChannelOptions(ChannelMode.Live),
            new SandboxChannels(TestAccount.Clients, new SandboxOptions(), new SandboxSendLog(new SandboxOptions()), TimeProvider.System, NullLogger<SandboxChannel>.Instance),
            new CircuitBreakerOptions(),
            TimeProvider.System));

    private static ServiceProvider Provider(Dictionary<ChannelKind, ScriptedChannel> channels)
    {
        var services = new ServiceCollection();
        foreach (var (kind, channel) in channels)
        {
            services.AddKeyedSingleton<IMessageChannel>(kind, channel);
        }

        return services.BuildServiceProvider();
    }
}
