using Microsoft.Extensions.Logging;
using Notify.Core.Channels;
using Notify.Functions.Channels.WeChat;
using Notify.Functions.Tests.Fakes.WeChat;

namespace Notify.Functions.Tests.Channels.WeChat;

public sealed class WeChatTemplateChannelTests : IAsyncLifetime, IDisposable
{
    private readonly TencentChannelHarness _harness = new();
    private FakeWeChatServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWeChatServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task SendAsync_Follower_AcceptedWithMsgIdAndDeliveryIdAsClientMsgId()
    {
        var channel = Channel();

        var result = await channel.SendAsync(Message("oFollower123456", "dlv-0001"), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Matches("^[0-9]+$", result.ProviderMessageId);
        var sent = Assert.Single(_fake.Sends);
        Assert.Equal("oFollower123456", (string?)sent["touser"]);
        Assert.Equal("dlv-0001", (string?)sent["client_msg_id"]);
        Assert.Equal("tpl-window-opening", (string?)sent["template_id"]);
        Assert.Equal("https://example.gov.cn/notice/1", (string?)sent["url"]);
        Assert.Equal("2027年3月1日", (string?)sent["data"]?["time2"]?["value"]);
        Assert.Equal("高龄津贴申领", (string?)sent["data"]?["thing1"]?["value"]);
    }

    [Fact]
    public async Task SendAsync_ChineseValues_SentAsUtf8CharactersNotEscapes()
    {
        await Channel().SendAsync(Message("oFollower7"), CancellationToken.None);

        var raw = Assert.Single(_fake.RawSends);
        Assert.Contains("\"高龄津贴申领\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"2027年3月1日\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_QuotesAnglesAndControlCharacters_EscapedAndReadBackUnchanged()
    {
        const string tricky = "他说\"请于<18:00>前\"办理\\ & 'x'\n\t\u0001完";
        var message = Message("oFollower8") with { Content = new WeChatTemplateContent("tpl", new Dictionary<string, string> { ["thing1"] = tricky }, null) };

        await Channel().SendAsync(message, CancellationToken.None);

        var raw = Assert.Single(_fake.RawSends);
        Assert.Equal(tricky, (string?)Assert.Single(_fake.Sends)["data"]?["thing1"]?["value"]);
        Assert.Contains("他说", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, c => c is '<' or '>' or '\n' or '\t' or '\u0001');
    }

    [Theory]
    [InlineData("/wx")]
    [InlineData("/proxy/wx/")]
    public async Task SendAsync_BaseUrlWithPath_ReachesTheApiUnderThatPath(string pathBase)
    {
        await using var proxied = await FakeWeChatServer.StartAsync(pathBase: pathBase);
        var options = Options();
        (options.BaseUrl, options.AppId, options.AppSecret) = (proxied.BaseUrl, proxied.AppId, proxied.AppSecret);

        var result = await Channel(options: options).SendAsync(Message("oFollower9"), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Single(proxied.Sends);
    }

    [Fact]
    public async Task SendAsync_NoUrl_OmitsUrl()
    {
        var message = Message("oFollower1") with { Content = new WeChatTemplateContent("tpl", new Dictionary<string, string> { ["thing1"] = "x" }, null) };

        await Channel().SendAsync(message, CancellationToken.None);

        Assert.False(Assert.Single(_fake.Sends).ContainsKey("url"));
    }

    [Fact]
    public async Task SendAsync_SenderOfThisAccount_IsSent()
    {
        var message = Message("oFollower2") with { Sender = new MessageSender("jalaid.medical-security", WeChatAppId: _fake.AppId) };

        var result = await Channel().SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Single(_fake.Sends);
    }

    [Fact]
    public async Task SendAsync_SenderOfAnotherOfficialAccount_IsRefusedAndNothingIsSent()
    {
        var message = Message("oFollower3") with { Sender = new MessageSender("baotou.medical-security", WeChatAppId: "wx3c8e2a9d4f6b1057") };

        var result = await Channel().SendAsync(message, CancellationToken.None);

        Assert.Equal((SendOutcome.TechnicalFailure, "other-account"), (result.Outcome, result.ErrorCode));
        Assert.Contains("wx3c8e2a9d4f6b1057", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_fake.Sends);
    }

    [Fact]
    public async Task SendAsync_TwoInstances_FetchOneTokenBetweenThem()
    {
        var first = Channel(_harness.NewInstanceCache());
        var second = Channel(_harness.NewInstanceCache());

        Assert.Equal(SendOutcome.Accepted, (await first.SendAsync(Message("oA"), CancellationToken.None)).Outcome);
        Assert.Equal(SendOutcome.Accepted, (await second.SendAsync(Message("oB"), CancellationToken.None)).Outcome);
        Assert.Equal(SendOutcome.Accepted, (await first.SendAsync(Message("oC"), CancellationToken.None)).Outcome);

        Assert.Equal(1, _fake.StableTokenCalls);
    }

    [Fact]
    public async Task SendAsync_ConcurrentSendsOnOneInstance_FetchOneToken()
    {
        var channel = Channel();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => channel.SendAsync(Message($"o{i}", $"d{i}"), CancellationToken.None)));

        Assert.All(results, result => Assert.Equal(SendOutcome.Accepted, result.Outcome));
        Assert.Equal(1, _fake.StableTokenCalls);
    }

    [Fact]
    public async Task SendAsync_TokenRejectedWith40001_RefreshesOnceAndSucceeds()
    {
        var channel = Channel();
        await channel.SendAsync(Message("oWarmUp"), CancellationToken.None);

        var result = await channel.SendAsync(Message(FakeWeChatServer.TokenReplacedOnce), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(2, _fake.StableTokenCalls);
        Assert.Equal(3, _fake.SendCalls);
    }

    [Fact]
    public async Task SendAsync_TokenReplacedElsewhere_OtherInstanceRefreshesOnceThenSucceeds()
    {
        var first = Channel(_harness.NewInstanceCache());
        var second = Channel(_harness.NewInstanceCache());
        await first.SendAsync(Message("oA"), CancellationToken.None);
        await second.SendAsync(Message("oB"), CancellationToken.None);
        _fake.ReplaceToken();

        Assert.Equal(SendOutcome.Accepted, (await first.SendAsync(Message("oC"), CancellationToken.None)).Outcome);
        Assert.Equal(SendOutcome.Accepted, (await second.SendAsync(Message("oD"), CancellationToken.None)).Outcome);

        Assert.Equal(2, _fake.StableTokenCalls);
    }

    [Fact]
    public async Task SendAsync_StoredTokenWithinFiveMinutesOfExpiry_FetchesANewOne()
    {
        _fake.ExpiresIn = 600;
        var channel = Channel();
        await channel.SendAsync(Message("oA"), CancellationToken.None);

        _harness.Clock.Advance(TimeSpan.FromMinutes(4));
        await channel.SendAsync(Message("oB"), CancellationToken.None);
        Assert.Equal(1, _fake.StableTokenCalls);

        _harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var result = await Channel(_harness.NewInstanceCache()).SendAsync(Message("oC"), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(2, _fake.StableTokenCalls);
    }

    [Theory]
    [InlineData(FakeWeChatServer.NotFollowing, SendOutcome.PermanentFailure, "43004")]
    [InlineData(FakeWeChatServer.Refused, SendOutcome.PermanentFailure, "43101")]
    [InlineData(FakeWeChatServer.InvalidOpenId, SendOutcome.PermanentFailure, "40003")]
    [InlineData(FakeWeChatServer.QuotaReached, SendOutcome.TemporaryFailure, "45009")]
    [InlineData(FakeWeChatServer.Busy, SendOutcome.TemporaryFailure, "-1")]
    public async Task SendAsync_ProviderError_MapsToOutcome(string openId, SendOutcome outcome, string errorCode)
    {
        var result = await Channel().SendAsync(Message(openId), CancellationToken.None);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(errorCode, result.ErrorCode);
        Assert.Contains(errorCode, result.RawResponse, StringComparison.Ordinal);
        Assert.NotNull(result.Reason);
    }

    [Fact]
    public async Task SendAsync_SystemBusy_RetriedThenTemporaryFailure()
    {
        var result = await Channel().SendAsync(Message(FakeWeChatServer.Busy), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
        Assert.Equal(3, _fake.SendCalls);
    }

    [Fact]
    public async Task SendAsync_DailyQuotaReached_RetryAfterNextBeijingMidnight()
    {
        _harness.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 25, 14, 0, 0, TimeSpan.Zero));

        var result = await Channel().SendAsync(Message(FakeWeChatServer.QuotaReached), CancellationToken.None);

        Assert.Equal(TimeSpan.FromHours(2), result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_DailyQuotaWithConfiguredDelay_RetryAfterThatDelay()
    {
        var options = Options();
        options.QuotaRetryAfter = TimeSpan.FromMinutes(30);

        var result = await Channel(options: options).SendAsync(Message(FakeWeChatServer.QuotaReached), CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(30), result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_UnregisteredTemplate_TechnicalFailure()
    {
        var message = Message("oA") with { Content = new WeChatTemplateContent(FakeWeChatServer.InvalidTemplate, new Dictionary<string, string> { ["thing1"] = "x" }, null) };

        var result = await Channel().SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.TechnicalFailure, result.Outcome);
        Assert.Equal("40037", result.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_WrongAppSecret_TechnicalFailureWithoutTheSecret()
    {
        var options = Options();
        options.AppSecret = "not-the-secret-0000";

        var result = await Channel(options: options).SendAsync(Message("oA"), CancellationToken.None);

        Assert.Equal(SendOutcome.TechnicalFailure, result.Outcome);
        Assert.Equal("40125", result.ErrorCode);
        Assert.DoesNotContain("not-the-secret-0000", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _fake.SendCalls);
    }

    [Fact]
    public async Task SendAsync_ProviderUnreachable_TemporaryFailure()
    {
        var options = Options();
        options.BaseUrl = new Uri("http://127.0.0.1:9/");

        var result = await Channel(options: options).SendAsync(Message("oA"), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
    }

    [Fact]
    public async Task SendAsync_AnyOutcome_LogsNeitherOpenIdNorTokenNorSecret()
    {
        var channel = Channel();
        string[] openIds = ["oSecretResident42", FakeWeChatServer.NotFollowing, FakeWeChatServer.TokenReplacedOnce, FakeWeChatServer.Busy];
        foreach (var openId in openIds)
        {
            await channel.SendAsync(Message(openId), CancellationToken.None);
        }

        var logs = _harness.AllLogs;
        Assert.NotEmpty(_harness.Logs.Lines);
        Assert.All(openIds, openId => Assert.DoesNotContain(openId, logs, StringComparison.Ordinal));
        Assert.DoesNotContain(_fake.CurrentToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("tok_", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(_fake.AppSecret, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SmsContent_Throws()
    {
        var message = new OutboundMessage("d", ChannelKind.WeChat, "oA", new SmsContent("【包头市】x"));

        await Assert.ThrowsAsync<ArgumentException>(() => Channel().SendAsync(message, CancellationToken.None));
    }

    private WeChatOptions Options() => new()
    {
        BaseUrl = _fake.BaseUrl,
        AppId = _fake.AppId,
        AppSecret = _fake.AppSecret,
        Token = "event-token",
        MessagesPerSecond = 0,
        BusyRetryDelay = TimeSpan.Zero,
    };

    private WeChatTemplateChannel Channel(Notify.Functions.Channels.AccessTokens.AccessTokenCache? cache = null, WeChatOptions? options = null) =>
        _harness.Own(new WeChatTemplateChannel(
            _harness.NewHttpClient(),
            cache ?? _harness.NewInstanceCache(),
            options ?? Options(),
            _harness.Clock,
            _harness.LoggerFactory.CreateLogger<WeChatTemplateChannel>()));

    private static OutboundMessage Message(string openId, string? deliveryId = null) => new(
        deliveryId ?? $"dlv-{Guid.NewGuid():N}",
        ChannelKind.WeChat,
        openId,
        new WeChatTemplateContent(
            "tpl-window-opening",
            new Dictionary<string, string> { ["thing1"] = "高龄津贴申领", ["time2"] = "2027年3月1日" },
            "https://example.gov.cn/notice/1"));
}
