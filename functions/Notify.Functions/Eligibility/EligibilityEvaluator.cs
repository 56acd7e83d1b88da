using System.Globalization;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Schedule;

namespace Notify.Functions.Eligibility;

/// <summary>
/// Re-evaluates one resident against the future occurrences of active resident notices, before versus after a change.
/// Newly in an audience: one <see cref="NoticeKinds.ResidentNewlyEligible"/> message for the earliest such occurrence,
/// held out of the quiet hours. No longer in one: a cancelled delivery row for each such occurrence, with the reason,
/// which the fan-out will find and skip. Moving within an audience needs nothing (fan-outs read the registry).
/// Every decision depends only on the inputs and the time given, and every write is keyed, so running it twice does nothing more.
/// </summary>
public sealed class EligibilityEvaluator(NoticeStore notices, OccurrenceStore occurrences, DeliveryLedger ledger, ScheduleOptions schedule)
{
    public const string NewlyEligiblePurpose = "newly-eligible";

    private readonly QuietHours _quiet = new(schedule);

    /// <summary>The notices a resident can be re-evaluated against: active, to residents, and not themselves newly-eligible messages.</summary>
    public async Task<IReadOnlyList<Notice>> ActiveNoticesAsync(CancellationToken cancellationToken)
    {
        var active = new List<Notice>();
        await foreach (var notice in notices.QueryActiveAsync(ItemAudience.Residents, cancellationToken))
        {
            if (notice.TemplateKind != NoticeKinds.ResidentNewlyEligible)
            {
                active.Add(notice);
            }
        }

        return active;
    }

    /// <summary>A change to the registry, received at <paramref name="receivedAt"/>: audiences are judged on each occurrence's date.</summary>
    public Task<EligibilityOutcome> EvaluateChangeAsync(
        IReadOnlyList<Notice> active, Resident before, Resident after, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        EvaluateAsync(
            active, before, occurrence => occurrence.ForDate, after, occurrence => occurrence.ForDate, receivedAt,
            "change received " + BusinessTimeText(receivedAt), cancellationToken);

    /// <summary>
    /// A resident's birthday: the registry is unchanged but their age is not. Before is judged on the day before the
    /// birthday, after on the birthday, each no later than the occurrence's own date (an age the occurrence is about).
    /// </summary>
    public Task<EligibilityOutcome> EvaluateBirthdayAsync(
        IReadOnlyList<Notice> active, Resident resident, DateOnly birthday, DateTimeOffset evaluatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var dayBefore = birthday.AddDays(-1);
        return EvaluateAsync(
            active, resident, occurrence => Earlier(occurrence.ForDate, dayBefore), resident, occurrence => Earlier(occurrence.ForDate, birthday), evaluatedAt,
            $"turned {resident.AgeOn(birthday)} on {birthday:yyyy-MM-dd}", cancellationToken);
    }

    /// <summary>Why <paramref name="resident"/> is not in <paramref name="audience"/> on <paramref name="date"/>, naming codes and years only.</summary>
    public static string ExclusionReason(ResidentAudience audience, Resident resident, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(resident);
        if (audience.UnpaidForYear is { } year && resident.PaidThroughYear is { } paid && paid >= year)
        {
            return string.Create(CultureInfo.InvariantCulture, $"contributions paid through {paid}");
        }

        if (!audience.InRegion(resident.Region))
        {
            return $"moved to {resident.Region}, outside the notice's regions";
        }

        if (audience.Categories.Count > 0 && !audience.Categories.Contains(resident.Category, StringComparer.Ordinal))
        {
            return $"category is now {resident.Category}";
        }

        if (audience.Flags.Count > 0 && !audience.Flags.Any(resident.Flags.Contains))
        {
            return "no longer has any of the situations the notice is for";
        }

        if (audience.ResidentIds.Count > 0 && !audience.ResidentIds.Contains(resident.Id, StringComparer.Ordinal))
        {
            return "no longer one of the residents the notice names";
        }

        return string.Create(CultureInfo.InvariantCulture, $"age {resident.AgeOn(date)} on {date:yyyy-MM-dd} is outside the notice's ages");
    }

    private async Task<EligibilityOutcome> EvaluateAsync(
        IReadOnlyList<Notice> active,
        Resident before,
        Func<PlannedOccurrence, DateOnly> beforeOn,
        Resident after,
        Func<PlannedOccurrence, DateOnly> afterOn,
        DateTimeOffset now,
        string why,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        (Notice Notice, PlannedOccurrence Occurrence)? earliest = null;
        var cancelled = 0;
        foreach (var notice in active)
        {
            foreach (var occurrence in notice.Occurrences.Where(occurrence => occurrence.DueUtc > now))
            {
                var audience = notice.AudienceFor(occurrence);
                var was = audience.Includes(before, beforeOn(occurrence));
                var isIn = audience.Includes(after, afterOn(occurrence));
                if (!was && isIn && (earliest is not { } known || occurrence.DueUtc < known.Occurrence.DueUtc))
                {
                    earliest = (notice, occurrence);
                }
                else if (was && !isIn)
                {
                    var jobId = FanOutJobIds.For(OccurrenceKeys.Row(notice.ItemId, notice.TemplateKind, occurrence.Id));
                    var reason = $"{ExclusionReason(audience, after, afterOn(occurrence))} ({why})";
                    cancelled += await ledger.CancelAsync(jobId, after.Id, reason, cancellationToken) ? 1 : 0;
                }
            }
        }

        if (earliest is not { } target)
        {
            return new EligibilityOutcome(0, cancelled);
        }

        // The id names the resident and the notice occurrence, and the due time comes from the change's own time,
        // so a redelivered change writes the same row (same bucket, same key) and SaveDirectAsync leaves it be.
        var eligible = new PlannedOccurrence(
            $"eligible-{after.Id}-{target.Occurrence.Id}", _quiet.Adjust(now, urgent: false), NewlyEligiblePurpose, target.Occurrence.ForDate, target.Occurrence.Period);
        await occurrences.SaveDirectAsync(target.Notice.PolicyId, target.Notice.ItemId, NoticeKinds.ResidentNewlyEligible, eligible, [after.Id], cancellationToken);
        return new EligibilityOutcome(1, cancelled);
    }

    private static DateOnly Earlier(DateOnly first, DateOnly second) => first < second ? first : second;

    private static string BusinessTimeText(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, ScheduleOptions.Default.TimeZone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
