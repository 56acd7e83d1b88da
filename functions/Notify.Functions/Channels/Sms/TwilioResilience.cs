using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Retry (honouring Retry-After) around a circuit breaker around a per-attempt timeout. A throttled
/// answer (429) is retried but does not count against the breaker; a Retry-After beyond
/// <see cref="TwilioOptions.MaxRetryDelay"/> is not waited for.
/// </summary>
public static class TwilioResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(TwilioOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, clock)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? TwilioRetryAfter.From(response.Headers.RetryAfter, clock.GetUtcNow()) : null),
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsFault(args.Outcome)),
        });
        builder.AddTimeout(options.RequestTimeout);
        return builder.Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TwilioOptions options, TimeProvider clock)
    {
        if (outcome.Exception is BrokenCircuitException)
        {
            return false;
        }

        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError } response)
        {
            return (TwilioRetryAfter.From(response.Headers.RetryAfter, clock.GetUtcNow()) ?? TimeSpan.Zero) <= options.MaxRetryDelay;
        }

        return outcome.Exception is HttpRequestException or TimeoutRejectedException;
    }

    private static bool IsFault(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError };
}
