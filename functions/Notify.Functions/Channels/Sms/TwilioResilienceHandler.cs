using Polly;

namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Runs each Twilio request through <see cref="TwilioResilience"/> (retries honouring Retry-After, the
/// circuit breaker, a timeout per attempt), waiting for its turn at the configured messages per second
/// before every attempt, and records the final answer in <see cref="TwilioAnswer"/>.
/// </summary>
public sealed class TwilioResilienceHandler(TwilioOptions options, TimeProvider clock) : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline = TwilioResilience.Build(options, clock);

    // Twilio queues per sender anyway; without a setting, pace at one message a second rather than flood it.
    private readonly SendPace _pace = new(options.MessagesPerSecond > 0 ? options.MessagesPerSecond : 1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await _pipeline.ExecuteAsync(
            async token =>
            {
                using var turn = await _pace.WaitAsync(token);
                var answer = await base.SendAsync(request, token);
                await answer.Content.LoadIntoBufferAsync(token);
                return answer;
            },
            cancellationToken);
        await TwilioAnswer.RecordAsync(response, clock.GetUtcNow(), cancellationToken);
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pace.Dispose();
        }

        base.Dispose(disposing);
    }
}
