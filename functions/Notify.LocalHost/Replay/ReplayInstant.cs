using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.LocalHost.Replay;

/// <summary>
/// Reads the ends of a replay period: a business date (<c>2026-08-25</c>, a whole day in Asia/Shanghai) or an ISO 8601
/// instant (<c>2026-09-01T09:00:00Z</c>, <c>2026-09-01T09:00+08:00</c>; without an offset it is Asia/Shanghai wall time).
/// </summary>
public static partial class ReplayInstant
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The start of the period: a date means its first instant.</summary>
    public static bool TryParseStart(string text, out DateTimeOffset utc) => TryParse(text, endOfDay: false, out utc);

    /// <summary>The end of the period (inclusive): a date means its last instant, so the whole day is replayed.</summary>
    public static bool TryParseEnd(string text, out DateTimeOffset utc) => TryParse(text, endOfDay: true, out utc);

    private static bool TryParse(string text, bool endOfDay, out DateTimeOffset utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = FromShanghai(date.ToDateTime(TimeOnly.MinValue));
            utc = endOfDay ? FromShanghai(date.AddDays(1).ToDateTime(TimeOnly.MinValue)).AddTicks(-1) : start;
            return true;
        }

        if (ExplicitOffset().IsMatch(text))
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                utc = instant.ToUniversalTime();
                return true;
            }

            return false;
        }

        if (text.Contains('T', StringComparison.Ordinal)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallTime))
        {
            utc = FromShanghai(DateTime.SpecifyKind(wallTime, DateTimeKind.Unspecified));
            return true;
        }

        return false;
    }

    private static DateTimeOffset FromShanghai(DateTime wallTime) =>
        new DateTimeOffset(wallTime, Shanghai.GetUtcOffset(wallTime)).ToUniversalTime();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOffset();
}
