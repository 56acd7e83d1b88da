namespace Notify.Functions.Deliver;

/// <summary>
/// When a recipient whose send failed temporarily is tried again: an exponential backoff from
/// <see cref="DeliveryOptions.RetryBaseDelay"/>, capped at <see cref="DeliveryOptions.MaxRetryDelay"/>, with jitter so a
/// provider outage's recipients do not all come back at once, and never sooner than the provider's Retry-After.
/// </summary>
public static class RetrySchedule
{
    /// <summary>
    /// The next attempt after <paramref name="attemptsMade"/> failed ones, or null when the recipient is given up on
    /// (the attempts are used up, or the next would come later than <see cref="DeliveryOptions.MaxRetryAge"/> after the first).
    /// <paramref name="jitter"/> in [0, 1) scales the backoff between half and all of it.
    /// </summary>
    public static DateTimeOffset? Next(DeliveryOptions options, int attemptsMade, TimeSpan? retryAfter, DateTimeOffset firstAttempt, DateTimeOffset now, double jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (attemptsMade >= options.MaxAttempts)
        {
            return null;
        }

        var next = now + Max(Backoff(options, attemptsMade, jitter), retryAfter ?? TimeSpan.Zero);
        return next > firstAttempt + options.MaxRetryAge ? null : next;
    }

    public static TimeSpan Backoff(DeliveryOptions options, int attemptsMade, double jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        var doublings = Math.Clamp(attemptsMade - 1, 0, 30);
        var full = Math.Min(options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, doublings), options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(full * (0.5 + (Math.Clamp(jitter, 0, 1) / 2)));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
