using System.Globalization;

namespace Notify.LocalHost.Cli;

/// <summary>
/// Business time as the console prints it: Asia/Shanghai, always followed by its +08:00 offset, so an operator
/// reading the output elsewhere (or next to UTC log timestamps) never takes it for another zone.
/// </summary>
public static class ShanghaiTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>e.g. "2026-08-25 09:00 +08:00".</summary>
    public static string ToMinute(DateTimeOffset instant) => Format(instant, "yyyy-MM-dd HH:mm zzz");

    /// <summary>e.g. "2026-08-25 09:00:05 +08:00".</summary>
    public static string ToSecond(DateTimeOffset instant) => Format(instant, "yyyy-MM-dd HH:mm:ss zzz");

    private static string Format(DateTimeOffset instant, string format) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString(format, CultureInfo.InvariantCulture);
}
