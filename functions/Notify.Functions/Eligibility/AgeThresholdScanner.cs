using System.Globalization;
using Notify.Core.Scheduling;
using Notify.Functions.Registry;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Functions.Eligibility;

/// <summary>
/// Finds the residents whose age crosses a threshold of an active resident notice (its minimum age: 60, 65, 80 …) on a
/// business date, and re-evaluates them as if they had changed. It reads the birthday index (one day's rows of its month's
/// partition) rather than the whole registry: a day's crossings are the people born on that day some threshold's years
/// ago, about 1/365 of the registry, narrowed by birth year in the query. Days missed since the last run (kept in a state row) are caught up.
/// </summary>
public sealed class AgeThresholdScanner(
    ResidentStore residents, EligibilityEvaluator evaluator, StorageClients storage, TimeProvider clock, ILogger<AgeThresholdScanner> logger)
{
    /// <summary>After a longer outage only the last this many days are caught up; older birthdays have had their reminders.</summary>
    public const int MaxCatchUpDays = 31;

    private const string StateRow = "FindAgeThresholdCrossings";

    private readonly TableClient _state = storage.GetTableClient(Tables.ResidentIndex);

    /// <summary>Scans every business date since the last run up to today, then records today as done.</summary>
    public async Task<AgeCrossingScan> RunAsync(CancellationToken cancellationToken)
    {
        var today = BusinessDate(clock.GetUtcNow());
        var state = await _state.GetEntityOrDefaultAsync(ResidentIndexKeys.StatePartition, StateRow, cancellationToken: cancellationToken);
        DateOnly? last = DateOnly.TryParseExact(state?.GetString("LastDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        var scan = await ScanAsync(DaysToScan(last, today), cancellationToken);
        if (scan.Days.Count > 0)
        {
            await _state.UpsertEntityAsync(
                new TableEntity(ResidentIndexKeys.StatePartition, StateRow) { ["LastDate"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        return scan;
    }

    /// <summary>The dates after <paramref name="lastScanned"/> through <paramref name="today"/>, at most <see cref="MaxCatchUpDays"/>; only today on a first run.</summary>
    public static IReadOnlyList<DateOnly> DaysToScan(DateOnly? lastScanned, DateOnly today)
    {
        var first = lastScanned is { } last ? last.AddDays(1) : today;
        if (first < today.AddDays(1 - MaxCatchUpDays))
        {
            first = today.AddDays(1 - MaxCatchUpDays);
        }

        var days = new List<DateOnly>();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    /// <summary>Re-evaluates everyone whose age crosses a threshold on one of <paramref name="days"/>.</summary>
    public async Task<AgeCrossingScan> ScanAsync(IReadOnlyList<DateOnly> days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return new AgeCrossingScan(days, 0, 0, 0);
        }

        var active = await evaluator.ActiveNoticesAsync(cancellationToken);
        var thresholds = active.Select(notice => notice.Residents.MinAge).OfType<int>().Distinct().ToHashSet();
        // Judged as of the start of today, so a re-run on the same day schedules the same rows (08:00 after quiet hours).
        var now = clock.GetUtcNow();
        var evaluatedAt = StartOfBusinessDay(BusinessDate(now));
        int found = 0, scheduled = 0, cancelled = 0;
        foreach (var day in days)
        {
            var birthYears = thresholds.Select(age => day.Year - age).ToList();
            foreach (var (month, dayOfMonth) in BirthdaysCelebratedOn(day))
            {
                await foreach (var resident in residents.QueryBornOnAsync(month, dayOfMonth, birthYears, cancellationToken))
                {
                    var age = resident.AgeOn(day);
                    if (!thresholds.Contains(age) || resident.AgeOn(day.AddDays(-1)) == age)
                    {
                        continue;
                    }

                    var outcome = await evaluator.EvaluateBirthdayAsync(active, resident, day, evaluatedAt, cancellationToken);
                    found++;
                    scheduled += outcome.Scheduled;
                    cancelled += outcome.Cancelled;
                }
            }
        }

        logger.LogInformation(
            "Age thresholds {Thresholds} over {DayCount} days from {FirstDay}: {Residents} residents crossed, {Scheduled} scheduled, {Cancelled} cancelled",
            string.Join(",", thresholds.Order()), days.Count, days[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), found, scheduled, cancelled);
        return new AgeCrossingScan(days, found, scheduled, cancelled);
    }

    /// <summary>Birthdays that fall on <paramref name="day"/>: its own, and 29 February on the 28th of a common year.</summary>
    private static IEnumerable<(int Month, int Day)> BirthdaysCelebratedOn(DateOnly day)
    {
        yield return (day.Month, day.Day);
        if (day is { Month: 2, Day: 28 } && !DateTime.IsLeapYear(day.Year))
        {
            yield return (2, 29);
        }
    }

    private static DateOnly BusinessDate(DateTimeOffset utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, ScheduleOptions.Default.TimeZone).DateTime);

    private static DateTimeOffset StartOfBusinessDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, ScheduleOptions.Default.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
