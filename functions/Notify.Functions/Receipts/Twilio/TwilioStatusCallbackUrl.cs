using Notify.Functions.Hosting;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// Twilio signs a callback's URL and parameters but sends no time, so the status URL we give with each message
/// carries its send time (sent=Unix seconds): covered by the signature, it lets a callback be refused once the
/// message is older than the receipt window, however often it was captured.
/// </summary>
public static class TwilioStatusCallbackUrl
{
    public const string SentParameter = "sent";

    /// <summary>How far ahead of our clock a send time may be: other instances' clocks differ a little.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static Uri? For(Uri? callbackUrl, DateTimeOffset sentAt) =>
        callbackUrl is null
            ? null
            : new Uri($"{callbackUrl.AbsoluteUri}{(string.IsNullOrEmpty(callbackUrl.Query) ? '?' : '&')}{SentParameter}={CallbackTimestamps.Format(sentAt)}");

    /// <summary>The send time in <paramref name="request"/>'s URL when it is within <paramref name="window"/> before now; null when missing, malformed or out of it.</summary>
    public static DateTimeOffset? FreshSendTime(HttpRequest request, TimeSpan window, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return CallbackTimestamps.Parse(request.Query(SentParameter)) is { } sentAt && sentAt >= now - window && sentAt <= now + ClockSkew
            ? sentAt
            : null;
    }
}
