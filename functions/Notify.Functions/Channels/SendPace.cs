using System.Threading.RateLimiting;

namespace Notify.Functions.Channels;

/// <summary>
/// Paces sends to a provider at a number of messages per second (a token bucket, queued in
/// order); zero or less means no limit. Fractional rates such as 0.5/s are honoured.
/// </summary>
public sealed class SendPace : IDisposable
{
    private readonly TokenBucketRateLimiter? _bucket;

    public SendPace(double messagesPerSecond)
    {
        if (messagesPerSecond <= 0)
        {
            return;
        }

        var burst = Math.Max(1, (int)Math.Floor(messagesPerSecond));
        _bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = burst,
            ReplenishmentPeriod = TimeSpan.FromSeconds(burst / messagesPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Waits for this send's turn; dispose the result once the send has been made.</summary>
    public async ValueTask<IDisposable?> WaitAsync(CancellationToken cancellationToken) =>
        _bucket is null ? null : await _bucket.AcquireAsync(1, cancellationToken);

    public void Dispose() => _bucket?.Dispose();
}
