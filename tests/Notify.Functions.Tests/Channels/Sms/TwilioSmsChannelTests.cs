using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Notify.Core.Channels;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Consent;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Fakes.Twilio;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Channels.Sms;

[Collection(AppCollection.Name)]
public sealed class TwilioSmsChannelTests : IAsyncLifetime
{
    private const string Body = "【通知平台】您的申报将于2027年2月25日截止，还剩3天。";

    private NotifyTestApp _app = null!;
    private FakeTwilioServer _twilio = null!;

    public async Task InitializeAsync()
    {
        _app = await NotifyTestApp.StartAsync();
        _twilio = await FakeTwilioServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _twilio.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task SendAsync_ValidNumber_AcceptedWithSidAndTwilioFormFields()
    {
        using var channel = Channel(o => o.ValidityPeriodSeconds = 3600);
        var to = FakeTwilioServer.Number("+8613800");

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.StartsWith("SM", result.ProviderMessageId, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"queued\"", result.RawResponse, StringComparison.Ordinal);
        Assert.DoesNotContain(_twilio.AuthToken, result.RawResponse, StringComparison.Ordinal);
        var form = Assert.Single(_twilio.Messages);
        Assert.Equal(to, form["To"]);
        Assert.Equal("+15005550006", form["From"]);
        Assert.Equal(Body, form["Body"]);
        Assert.StartsWith("http://127.0.0.1:1/api/receipts/twilio/status?sent=", form["StatusCallback"], StringComparison.Ordinal);
        Assert.Equal("3600", form["ValidityPeriod"]);
        Assert.False(form.ContainsKey("MessagingServiceSid"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/api/receipts/twilio/status", "?")]
    [InlineData("http://127.0.0.1:1/api/receipts/twilio/status?code=abc", "&")]
    public async Task SendAsync_StatusCallback_CarriesTheSendTimeInItsSignedUrl(string callbackUrl, string separator)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2027, 2, 25, 2, 0, 0, TimeSpan.Zero));
        using var channel = Channel(o => o.StatusCallbackUrl = new Uri(callbackUrl), clock);

        await channel.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None);

        Assert.Equal($"{callbackUrl}{separator}sent={clock.GetUtcNow().ToUnixTimeSeconds()}", Assert.Single(_twilio.Messages)["StatusCallback"]);
    }

    [Fact]
    public async Task AppSendsSms_ConfiguredBaseUrlWithPath_ReachesTheApiUnderThatPath()
    {
        await using var proxied = await FakeTwilioServer.StartAsync("/twilio");
        await using var app = await NotifyTestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            [$"{TwilioOptions.Section}:BaseUrl"] = proxied.BaseUrl.ToString(),
            [$"{TwilioOptions.Section}:AccountSid"] = proxied.AccountSid,
            [$"{TwilioOptions.Section}:AuthToken"] = proxied.AuthToken,
            [$"{TwilioOptions.Section}:From"] = "+15005550006",
        });
        var channel = app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.Sms);

        var result = await channel.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Single(proxied.Messages);
    }

    [Fact]
    public async Task SendAsync_MessagingServiceAndApiKey_SendsServiceSidInsteadOfFrom()
    {
        using var channel = Channel(o =>
        {
            o.MessagingServiceSid = "MG" + new string('a', 32);
            o.ApiKeySid = _twilio.ApiKeySid;
            o.ApiKeySecret = _twilio.ApiKeySecret;
        });

        var result = await channel.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        var form = Assert.Single(_twilio.Messages);
        Assert.Equal("MG" + new string('a', 32), form["MessagingServiceSid"]);
        Assert.False(form.ContainsKey("From"));
    }

    [Theory]
    [InlineData(FakeTwilioServer.InvalidNumber, "21211")]
    [InlineData(FakeTwilioServer.NotMobile, "21614")]
    [InlineData(FakeTwilioServer.RegionDisabled, "21408")]
    public async Task SendAsync_InvalidNumber_PermanentFailureWithCodeAndNoRetry(string prefix, string code)
    {
        using var channel = Channel();
        var to = FakeTwilioServer.Number(prefix);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(code, result.ErrorCode);
        Assert.Contains($"\"code\":{code}", result.RawResponse, StringComparison.Ordinal);
        Assert.DoesNotContain(to, result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, _twilio.AttemptsFor(to));
    }

    [Fact]
    public async Task SendAsync_Unsubscribed21610_SuppressedAndNumberRecordedAsOptedOut()
    {
        using var channel = Channel();
        var to = FakeTwilioServer.Number(FakeTwilioServer.Unsubscribed);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.Suppressed, result.Outcome);
        Assert.Equal("21610", result.ErrorCode);
        Assert.True(await OptOuts.IsOptedOutAsync(to, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_WrongAuthToken_TechnicalFailure20003WithoutRetry()
    {
        using var channel = Channel(o => o.AuthToken = "wrong");

        var result = await channel.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None);

        Assert.Equal(SendOutcome.TechnicalFailure, result.Outcome);
        Assert.Equal("20003", result.ErrorCode);
        Assert.Equal(1, _twilio.Requests);
    }

    [Fact]
    public async Task SendAsync_ThrottledOnceWithRetryAfter_RetriedAndAccepted()
    {
        using var channel = Channel(o => o.RetryBaseDelay = TimeSpan.FromMinutes(5));
        var to = FakeTwilioServer.Number(FakeTwilioServer.ThrottledOnce);

        var started = Stopwatch.GetTimestamp();

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        // The 5-minute base delay would have timed the test out: the 1 s Retry-After was used instead.
        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(2, _twilio.AttemptsFor(to));
        Assert.InRange(Stopwatch.GetElapsedTime(started), TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task SendAsync_ServerErrorOnce_RetriedAndAccepted()
    {
        using var channel = Channel();
        var to = FakeTwilioServer.Number(FakeTwilioServer.ServerErrorOnce);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(2, _twilio.AttemptsFor(to));
    }

    [Fact]
    public async Task SendAsync_RetryAfterBeyondMaximum_TemporaryFailureCarryingItWithoutWaiting()
    {
        using var channel = Channel();
        var to = FakeTwilioServer.Number(FakeTwilioServer.ThrottledLong);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
        Assert.Equal("20429", result.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.Equal(1, _twilio.AttemptsFor(to));
    }

    [Fact]
    public async Task SendAsync_ProviderStaysDown_TemporaryFailureAfterEveryAttempt()
    {
        using var channel = Channel(o => o.MaxRetryAttempts = 2);
        var to = FakeTwilioServer.Number(FakeTwilioServer.AlwaysDown);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
        Assert.NotNull(result.RetryAfter);
        Assert.Equal(3, _twilio.AttemptsFor(to));
    }

    [Fact]
    public async Task SendAsync_GatewayAnswersWithoutTwilioErrorJson_TemporaryFailureWithHttpStatus()
    {
        using var channel = Channel(o => o.MaxRetryAttempts = 0);
        var to = FakeTwilioServer.Number(FakeTwilioServer.GatewayErrorPage);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal((SendOutcome.TemporaryFailure, "502"), (result.Outcome, result.ErrorCode));
        Assert.Contains("502 Bad Gateway", result.RawResponse, StringComparison.Ordinal);
        Assert.NotNull(result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_RepeatedServerErrors_CircuitOpensAndStopsCallingTwilio()
    {
        using var channel = Channel(o =>
        {
            o.MaxRetryAttempts = 0;
            o.CircuitBreakerMinimumThroughput = 2;
            o.CircuitBreakerFailureRatio = 1;
            o.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(1);
        });
        var down = FakeTwilioServer.Number(FakeTwilioServer.AlwaysDown);
        await channel.SendAsync(Message(down), CancellationToken.None);
        await channel.SendAsync(Message(down), CancellationToken.None);

        var result = await channel.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
        Assert.Contains("circuit", result.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(result.RetryAfter);
        Assert.Equal(2, _twilio.Requests);
    }

    [Fact]
    public async Task SendAsync_TwilioHangs_TemporaryFailureAfterTimeouts()
    {
        using var channel = Channel(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetryAttempts = 1;
        });
        var to = FakeTwilioServer.Number(FakeTwilioServer.Hangs);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.TemporaryFailure, result.Outcome);
        Assert.Equal(2, _twilio.AttemptsFor(to));
    }

    [Fact]
    public async Task SendAsync_OptedOutNumber_SuppressedWithoutCallingTwilio()
    {
        using var channel = Channel();
        var to = FakeTwilioServer.Number("+8613900");
        await OptOuts.OptOutAsync(to, "test", "退订", CancellationToken.None);

        var result = await channel.SendAsync(Message(to), CancellationToken.None);

        Assert.Equal(SendOutcome.Suppressed, result.Outcome);
        Assert.Equal(0, _twilio.Requests);
    }

    [Fact]
    public async Task SendAsync_NotSmsContent_TechnicalFailureWithoutCallingTwilio()
    {
        using var channel = Channel();

        var result = await channel.SendAsync(
            new OutboundMessage("d1", ChannelKind.Sms, "+8613800000000", new EmailContent("s", "<p>h</p>", "t")), CancellationToken.None);

        Assert.Equal(SendOutcome.TechnicalFailure, result.Outcome);
        Assert.Equal(0, _twilio.Requests);
    }

    [Theory]
    [InlineData("/twilio")]
    [InlineData("/proxy/twilio")]
    public async Task SendAsync_BaseUrlWithPath_ReachesTheApiUnderThatPath(string pathBase)
    {
        await using var proxied = await FakeTwilioServer.StartAsync(pathBase);
        using var channel = Channel(proxied);

        var result = await channel.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Single(proxied.Messages);
    }

    [Fact]
    public void Rebase_BaseUrlWithPathAndTrailingSlash_KeepsBothPathsAndTheQuery()
    {
        using var handler = new TwilioBaseUrlHandler(new Uri("http://127.0.0.1:1234/twilio/"));

        var rebased = handler.Rebase(new Uri("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?PageSize=2"));

        Assert.Equal("http://127.0.0.1:1234/twilio/2010-04-01/Accounts/AC1/Messages.json?PageSize=2", rebased.AbsoluteUri);
    }

    [Fact]
    public async Task SendAsync_TwoChannelsForTwoAccounts_EachSendsWithItsOwnConfiguration()
    {
        await using var other = await FakeTwilioServer.StartAsync();
        using var first = Channel();
        using var second = Channel(other);

        var results = await Task.WhenAll(
            first.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None),
            second.SendAsync(Message(FakeTwilioServer.Number("+8613700")), CancellationToken.None),
            first.SendAsync(Message(FakeTwilioServer.Number("+8613600")), CancellationToken.None));

        Assert.All(results, result => Assert.Equal(SendOutcome.Accepted, result.Outcome));
        Assert.All(results, result => Assert.Contains(result.ProviderMessageId!, result.RawResponse, StringComparison.Ordinal));
        Assert.Equal(2, _twilio.Messages.Count);
        Assert.Single(other.Messages);
    }

    [Fact]
    public async Task SendAsync_Accepted_RawResponseIsTwilioBody()
    {
        using var channel = Channel();

        var result = await channel.SendAsync(Message(FakeTwilioServer.Number("+8613800")), CancellationToken.None);

        Assert.Contains($"\"sid\":\"{result.ProviderMessageId}\"", result.RawResponse, StringComparison.Ordinal);
        Assert.Contains("\"direction\":\"outbound-api\"", result.RawResponse, StringComparison.Ordinal);
    }

    [Fact]
    public void AppServices_TwilioConfigured_ResolvesLiveSmsChannel()
    {
        Assert.IsType<TwilioSmsChannel>(_app.Services.GetRequiredKeyedService<IMessageChannel>(ChannelKind.Sms));
    }

    private SmsOptOutStore OptOuts => _app.Services.GetRequiredService<SmsOptOutStore>();

    private static OutboundMessage Message(string to) =>
        new($"d{Guid.NewGuid():N}", ChannelKind.Sms, to, new SmsContent(Body));

    private TwilioSmsChannel Channel(Action<TwilioOptions>? configure = null, TimeProvider? clock = null) => Channel(_twilio, configure, clock);

    private TwilioSmsChannel Channel(FakeTwilioServer twilio, Action<TwilioOptions>? configure = null, TimeProvider? clock = null)
    {
        var options = new TwilioOptions
        {
            BaseUrl = twilio.BaseUrl,
            AccountSid = twilio.AccountSid,
            AuthToken = twilio.AuthToken,
            From = "+15005550006",
            StatusCallbackUrl = new Uri("http://127.0.0.1:1/api/receipts/twilio/status"),
            MessagesPerSecond = 100,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        return new TwilioSmsChannel(options, OptOuts, clock ?? TimeProvider.System, NullLogger<TwilioSmsChannel>.Instance);
    }
}
