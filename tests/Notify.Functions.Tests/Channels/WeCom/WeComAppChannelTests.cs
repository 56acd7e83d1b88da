using Microsoft.Extensions.Logging;
using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;
using Notify.Functions.Channels.WeCom;
using Notify.Functions.Tests.Channels.WeChat;
using Notify.Functions.Tests.Fakes.WeCom;

namespace Notify.Functions.Tests.Channels.WeCom;

public sealed class WeComAppChannelTests : IAsyncLifetime, IDisposable
{
    private readonly TencentChannelHarness _harness = new();
    private FakeWeComServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeWeComServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task SendAsync_KnownMember_DeliveredAsTextCardWithDuplicateCheck()
    {
        var result = await Channel().SendAsync(Message("LiSi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        Assert.StartsWith("msg", result.ProviderMessageId, StringComparison.Ordinal);
        var sent = Assert.Single(_fake.Sends);
        Assert.Equal("LiSi", (string?)sent["touser"]);
        Assert.Equal("textcard", (string?)sent["msgtype"]);
        Assert.Equal(_fake.AgentId, (int?)sent["agentid"]);
        Assert.Equal("防汛预警", (string?)sent["textcard"]?["title"]);
        Assert.Equal("<div class=\"highlight\">请于18:00前到岗</div>", (string?)sent["textcard"]?["description"]);
        Assert.Equal("https://example.gov.cn/alerts/77", (string?)sent["textcard"]?["url"]);
        Assert.Equal("详情", (string?)sent["textcard"]?["btntxt"]);
        Assert.Equal(1, (int?)sent["enable_duplicate_check"]);
        Assert.Equal(1800, (int?)sent["duplicate_check_interval"]);
    }

    [Fact]
    public async Task SendAsync_ChineseText_SentAsUtf8CharactersWithMarkupStillEscaped()
    {
        await Channel().SendAsync(Message("LiSi"), CancellationToken.None);

        var raw = Assert.Single(_fake.RawSends);
        Assert.Contains("\"防汛预警\"", raw, StringComparison.Ordinal);
        Assert.Contains("请于18:00前到岗", raw, StringComparison.Ordinal);
        Assert.Contains("\"详情\"", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(raw, c => c is '<' or '>');
    }

    [Fact]
    public async Task SendAsync_BaseUrlWithPath_ReachesTheApiUnderThatPath()
    {
        await using var proxied = await FakeWeComServer.StartAsync("/wecom");
        var options = Options();
        (options.BaseUrl, options.CorpId, options.Secret) = (proxied.BaseUrl, proxied.CorpId, proxied.Secret);

        var result = await Channel(options: options).SendAsync(Message("LiSi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        Assert.Single(proxied.Sends);
    }

    [Fact]
    public async Task SendAsync_SenderOfThisAgent_IsSentThroughIt()
    {
        var message = Message("LiSi") with { Sender = new MessageSender("jalaid.medical-security", WeComAgentId: _fake.AgentId) };

        var result = await Channel().SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        Assert.Equal(_fake.AgentId, (int?)Assert.Single(_fake.Sends)["agentid"]);
    }

    [Fact]
    public async Task SendAsync_SenderOfAnotherAgent_IsRefusedAndNothingIsSent()
    {
        var message = Message("LiSi") with { Sender = new MessageSender("baotou.medical-security", WeComAgentId: 1000021) };

        var result = await Channel().SendAsync(message, CancellationToken.None);

        Assert.Equal((SendOutcome.TechnicalFailure, "other-agent"), (result.Outcome, result.ErrorCode));
        Assert.Empty(_fake.Sends);
    }

    [Theory]
    [InlineData(FakeWeComServer.UnknownMember, SendOutcome.PermanentFailure, "invaliduser")]
    [InlineData(FakeWeComServer.UnlicensedMember, SendOutcome.PermanentFailure, "unlicenseduser")]
    [InlineData(FakeWeComServer.IpNotTrusted, SendOutcome.TechnicalFailure, "60020")]
    [InlineData(FakeWeComServer.Throttled, SendOutcome.TemporaryFailure, "45009")]
    [InlineData(FakeWeComServer.ConcurrencyLimited, SendOutcome.TemporaryFailure, "45033")]
    [InlineData(FakeWeComServer.Busy, SendOutcome.TemporaryFailure, "-1")]
    public async Task SendAsync_ProviderAnswer_MapsToOutcome(string userId, SendOutcome outcome, string errorCode)
    {
        var result = await Channel().SendAsync(Message(userId), CancellationToken.None);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(errorCode, result.ErrorCode);
        Assert.NotNull(result.Reason);
    }

    [Fact]
    public async Task SendAsync_Throttled_RetryAfterConfiguredWait()
    {
        var result = await Channel().SendAsync(Message(FakeWeComServer.Throttled), CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(1), result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_TokenExpiredWith42001_RefreshesOnceAndDelivers()
    {
        var channel = Channel();
        await channel.SendAsync(Message("LiSi"), CancellationToken.None);

        var result = await channel.SendAsync(Message(FakeWeComServer.TokenExpiredOnce), CancellationToken.None);

        Assert.Equal(SendOutcome.Delivered, result.Outcome);
        Assert.Equal(2, _fake.GetTokenCalls);
    }

    [Fact]
    public async Task SendAsync_TwoInstances_FetchOneTokenBetweenThem()
    {
        await Channel(_harness.NewInstanceCache()).SendAsync(Message("LiSi"), CancellationToken.None);
        await Channel(_harness.NewInstanceCache()).SendAsync(Message("WangWu"), CancellationToken.None);

        Assert.Equal(1, _fake.GetTokenCalls);
    }

    [Fact]
    public async Task SendAsync_OtherAppOfTheSameCorp_FetchesItsOwnToken()
    {
        var cache = _harness.NewInstanceCache();
        await Channel(cache).SendAsync(Message("LiSi"), CancellationToken.None);
        var otherApp = Options();
        otherApp.AgentId = 1000003;

        await Channel(cache, otherApp).SendAsync(Message("LiSi"), CancellationToken.None);

        Assert.Equal(2, _fake.GetTokenCalls);
    }

    [Fact]
    public async Task SendAsync_WrongSecret_TechnicalFailureWithoutTheSecret()
    {
        var options = Options();
        options.Secret = "wrong-secret-1234";

        var result = await Channel(options: options).SendAsync(Message("LiSi"), CancellationToken.None);

        Assert.Equal(SendOutcome.TechnicalFailure, result.Outcome);
        Assert.Equal("40001", result.ErrorCode);
        Assert.DoesNotContain("wrong-secret-1234", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_fake.Sends);
    }

    [Fact]
    public async Task SendAsync_AnyOutcome_LogsNeitherUserIdNorTokenNorSecret()
    {
        var channel = Channel();
        string[] userIds = ["ZhaoLiu.Bureau", FakeWeComServer.UnknownMember, FakeWeComServer.TokenExpiredOnce, FakeWeComServer.IpNotTrusted];
        foreach (var userId in userIds)
        {
            await channel.SendAsync(Message(userId), CancellationToken.None);
        }

        var logs = _harness.AllLogs;
        Assert.NotEmpty(_harness.Logs.Lines);
        Assert.All(userIds, userId => Assert.DoesNotContain(userId, logs, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("wc_", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(_fake.Secret, logs, StringComparison.Ordinal);
    }

    private WeComOptions Options() => new()
    {
        BaseUrl = _fake.BaseUrl,
        CorpId = _fake.CorpId,
        AgentId = _fake.AgentId,
        Secret = _fake.Secret,
        MessagesPerSecond = 0,
        BusyRetryDelay = TimeSpan.Zero,
    };

    private WeComAppChannel Channel(AccessTokenCache? cache = null, WeComOptions? options = null) =>
        _harness.Own(new WeComAppChannel(
            _harness.NewHttpClient(),
            cache ?? _harness.NewInstanceCache(),
            options ?? Options(),
            _harness.Clock,
            _harness.LoggerFactory.CreateLogger<WeComAppChannel>()));

    private static OutboundMessage Message(string userId) => new(
        $"dlv-{Guid.NewGuid():N}",
        ChannelKind.WeCom,
        userId,
        new WeComTextCardContent("防汛预警", "<div class=\"highlight\">请于18:00前到岗</div>", "https://example.gov.cn/alerts/77", "详情"));
}
