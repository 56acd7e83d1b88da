using System.Net.Http.Headers;

namespace Notify.Functions.Channels.Sms;

/// <summary>Reads Retry-After (seconds or an HTTP date) as a delay from now.</summary>
public static class TwilioRetryAfter
{
    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
