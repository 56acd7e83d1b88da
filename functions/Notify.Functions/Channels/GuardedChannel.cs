using Notify.Core.Channels;
using Polly;
using Polly.CircuitBreaker;

namespace Notify.Functions.Channels;

/// <summary>
/// A live channel behind a circuit breaker: while its provider keeps failing (temporary or
/// technical failures, or exceptions), sends are answered "temporary failure, retry after the
/// break" without calling the provider, so an outage is not made worse and queues back off.
/// </summary>
public sealed class GuardedChannel : IMessageChannel
{
    private readonly IMessageChannel _inner;
    private readonly TimeSpan _breakDuration;
    private readonly ResiliencePipeline<SendResult> _breaker;

    public GuardedChannel(IMessageChannel inner, CircuitBreakerOptions options, TimeProvider clock)
    {
        _inner = inner;
        _breakDuration = options.BreakDuration;
        _breaker = new ResiliencePipelineBuilder<SendResult> { TimeProvider = clock }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<SendResult>
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome.Exception is not null and not OperationCanceledException
                    || arguments.Outcome.Result?.Outcome is SendOutcome.TemporaryFailure or SendOutcome.TechnicalFailure),
            })
            .Build();
    }

    public ChannelKind Kind => _inner.Kind;

    /// <summary>The provider channel behind the breaker.</summary>
    public IMessageChannel Inner => _inner;

    public async Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await _breaker.ExecuteAsync(
                static (state, token) => new ValueTask<SendResult>(state.Inner.SendAsync(state.Message, token)),
                (Inner: _inner, Message: message),
                cancellationToken);
        }
        catch (BrokenCircuitException)
        {
            return new SendResult(SendOutcome.TemporaryFailure, ErrorCode: "circuit-open",
                Reason: $"the {Kind} provider kept failing; sends are paused", RetryAfter: _breakDuration);
        }
    }
}
