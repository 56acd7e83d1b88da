using Notify.Core.Channels;
using Notify.Functions.Channels;
using Notify.Testing;

namespace Notify.Functions.Tests.Channels.Guard;

public sealed class GuardedChannelTests
{
    private static readonly CircuitBreakerOptions Options = new()
    {
        FailureRatio = 0.5,
        MinimumThroughput = 4,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(60),
    };

    [Fact]
    public async Task SendAsync_ProviderKeepsFailing_OpensAndStopsCallingItUntilTheBreakEnds()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        var provider = new CountingChannel(SendOutcome.TemporaryFailure);
        var guarded = new GuardedChannel(provider, Options, clock);

        for (var i = 0; i < 4; i++)
        {
            await guarded.SendAsync(Message(i), CancellationToken.None);
        }

        var blocked = await guarded.SendAsync(Message(99), CancellationToken.None);

        Assert.Equal(4, provider.Calls);
        Assert.Equal((SendOutcome.TemporaryFailure, "circuit-open", TimeSpan.FromSeconds(60)), (blocked.Outcome, blocked.ErrorCode, blocked.RetryAfter));

        provider.Next = SendOutcome.Accepted;
        clock.Advance(TimeSpan.FromSeconds(61));
        var probe = await guarded.SendAsync(Message(100), CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, probe.Outcome);
        Assert.Equal(5, provider.Calls);
    }

    [Fact]
    public async Task SendAsync_PermanentFailures_AreRecipientProblemsAndNeverOpenIt()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero));
        var provider = new CountingChannel(SendOutcome.PermanentFailure);
        var guarded = new GuardedChannel(provider, Options, clock);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(SendOutcome.PermanentFailure, (await guarded.SendAsync(Message(i), CancellationToken.None)).Outcome);
        }

        Assert.Equal(10, provider.Calls);
    }

    private static OutboundMessage Message(int n) => new($"d-{n}", ChannelKind.Email, "resident@example.cn", new EmailContent("通知", "<p>通知</p>", "通知"));

    private sealed class CountingChannel(SendOutcome outcome) : IMessageChannel
    {
        private int _calls;

        public SendOutcome Next { get; set; } = outcome;

        public int Calls => Volatile.Read(ref _calls);

        public ChannelKind Kind => ChannelKind.Email;

        public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(new SendResult(Next));
        }
    }
}
