namespace Notify.Functions.Channels.Sms;

/// <summary>
/// Twilio settings, bound from "Notify:Channels:Twilio". <see cref="AuthToken"/> also verifies
/// webhook signatures, so it is needed even when an API key (<see cref="ApiKeySid"/>) sends.
/// </summary>
public sealed class TwilioOptions
{
    public const string Section = "Notify:Channels:Twilio";

    /// <summary>Where the SDK's requests go, path included (a local fake, a proxy); Twilio's own API by default.</summary>
    public Uri BaseUrl { get; set; } = new("https://api.twilio.com");

    public string AccountSid { get; set; } = "";

    public string AuthToken { get; set; } = "";

    /// <summary>An API key (SK…) to send with instead of the auth token; optional.</summary>
    public string? ApiKeySid { get; set; }

    public string? ApiKeySecret { get; set; }

    public string? From { get; set; }

    /// <summary>MG…; when set Twilio picks the sender from the service's pool and <see cref="From"/> is not sent.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>
    /// Our public status-callback URL; when empty it is Notify:PublicBaseUrl + /api/receipts/twilio/status. Each send
    /// adds its send time (sent=Unix seconds), which Twilio's signature then covers.
    /// </summary>
    public Uri? StatusCallbackUrl { get; set; }

    /// <summary>How long after a send its status callbacks are accepted; older ones are refused as stale.</summary>
    public TimeSpan StatusCallbackWindow { get; set; } = TimeSpan.FromHours(72);

    /// <summary>How long an inbound SMS's sid is remembered, so a captured reply posted again is not applied twice.</summary>
    public TimeSpan InboundReplayMemory { get; set; } = TimeSpan.FromDays(366);

    /// <summary>Seconds a message may wait in Twilio's queue (1–36000); Twilio's default when empty.</summary>
    public int? ValidityPeriodSeconds { get; set; }

    public double MessagesPerSecond { get; set; } = 1;

    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the send ends as a temporary failure carrying it.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
