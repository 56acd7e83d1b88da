using System.Globalization;

namespace Notify.Functions.Receipts;

/// <summary>Reads the Unix-seconds timestamps that callbacks carry (WeChat's timestamp, the send time in our Twilio status URL).</summary>
public static class CallbackTimestamps
{
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>The instant <paramref name="seconds"/> stands for; null when it is missing, not a plain number or out of range.</summary>
    public static DateTimeOffset? Parse(string? seconds) =>
        long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= MaxSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(value)
            : null;

    public static string Format(DateTimeOffset instant) => instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
