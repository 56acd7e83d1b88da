namespace Notify.Functions.Deliver;

/// <summary>How sends are batched, limited and retried ("Notify:Delivery" in configuration).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notify:Delivery";

    /// <summary>Recipients per queue message; a batch of residents shares one delivery-row shard, so this is two table transactions.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Resident notices per person per business day; later ones that day are suppressed with the reason.</summary>
    public int DailyCap { get; init; } = 3;

    /// <summary>How long a send owns the delivery rows it claimed; a copy of its batch leaves them alone meanwhile.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Recipients a batch claims, sends to at once and records in one transaction: at most this many of a batch's
    /// sends are ever in flight (handed to a provider, outcome not yet written).
    /// </summary>
    public int SendGroupSize { get; init; } = 8;

    /// <summary>Sends tried per recipient before a temporary or technical failure becomes final.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The wait before the second attempt; it doubles for each later one, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest backoff between two attempts (a provider's Retry-After may ask for longer).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>No attempt is made later than this after a recipient's first.</summary>
    public TimeSpan MaxRetryAge { get; init; } = TimeSpan.FromHours(24);
}
