using System.Globalization;
using Notify.Core.Scheduling;

namespace Notify.Core.Notices;

/// <summary>
/// What a notice is about, independent of which item scheduled it, so that two items describing one event send each
/// recipient one message of a kind a day. For residents: the notice kind and the normalized program name, and per
/// occurrence the period (or date) it concerns; for units: the normalized task sentence and the deadline.
/// </summary>
public static class NoticeEvent
{
    private const string AnyKind = "any";

    public static string ForResidents(string? noticeKind, string programName) => $"residents|{noticeKind ?? AnyKind}|{Normalize(programName)}";

    public static string ForUnits(string task) => $"units|{Normalize(task)}";

    /// <summary>The event one occurrence of a notice concerns: the notice's event and the period or deadline.</summary>
    public static string Of(string noticeEvent, PlannedOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return occurrence.Period is { } period
            ? string.Create(CultureInfo.InvariantCulture, $"{noticeEvent}|{period.Start:yyyy-MM-dd}…{period.End:yyyy-MM-dd}")
            : string.Create(CultureInfo.InvariantCulture, $"{noticeEvent}|{occurrence.ForDate:yyyy-MM-dd}");
    }

    /// <summary>Letters and digits only, lower case: "城乡居民医保 （2027年度）…" and "城乡居民医保(2027年度)" are one name.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }
}
