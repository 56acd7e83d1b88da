using System.Globalization;
using Notify.Core.Extraction;

namespace Notify.Core.Scheduling;

/// <summary>One planning run: builds occurrences at the send time and drops those due before approval.</summary>
internal sealed class PlanContext(PlannedItem item, DateTimeOffset approvedAtUtc, ScheduleOptions options)
{
    private readonly QuietHours _quietHours = new(options);

    public PlannedItem Item { get; } = item;

    public ScheduleOptions Options { get; } = options;

    public DateOnly ApprovedLocalDate { get; } = DateOnly.FromDateTime(BusinessTime.ToLocal(approvedAtUtc, options.TimeZone).DateTime);

    /// <summary>Set when an item has no occurrence now but is not over (a recurrence with nothing inside the horizon).</summary>
    public bool StillRunning { get; set; }

    public PlannedOccurrence At(DateOnly date, int offsetDays, string purpose, WindowPeriod? period = null, DateOnly? forDate = null)
    {
        var due = BusinessTime.ToUtc(date.AddDays(offsetDays), Options.SendTime, Options.TimeZone);
        var id = string.Create(CultureInfo.InvariantCulture, $"{due:yyyy-MM-dd'T'HH:mm'Z'}#{purpose}");
        return new PlannedOccurrence(id, due, purpose, forDate ?? date, period);
    }

    public PlannedNotice Notice(string templateKind, ItemAudience audience, IEnumerable<PlannedOccurrence> occurrences)
    {
        var kept = occurrences
            .Select(o => audience == ItemAudience.Residents ? o with { DueUtc = _quietHours.Adjust(o.DueUtc, urgent: false) } : o)
            .Where(o => o.DueUtc >= approvedAtUtc)
            .OrderBy(o => o.DueUtc)
            .ToList();
        return new PlannedNotice(templateKind, audience, kept);
    }
}
