using System.Collections.Concurrent;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Registry;
using Notify.Functions.Storage;

namespace Notify.Functions.Eligibility;

/// <summary>
/// Takes in change events (HTTP or CSV): validates every one, including that the resident exists, and queues them all only
/// when none is bad, so a sender can fix and resend the whole batch without wondering which part went through.
/// </summary>
public sealed class ResidentChangeIntake(ResidentStore residents, QueuePublisher publisher, TimeProvider clock, ILogger<ResidentChangeIntake> logger)
{
    public const int MaxEvents = 10_000;

    private const int ParallelLookups = 16;

    /// <param name="readErrors">Problems found while reading the events (wrong JSON types …); those events are not validated further.</param>
    public async Task<ResidentChangeSubmission> SubmitAsync(
        IReadOnlyList<ResidentChangeFields> events, IReadOnlyList<ResidentChangeError> readErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(readErrors);
        if (events.Count > MaxEvents)
        {
            throw new ArgumentOutOfRangeException(nameof(events), events.Count, $"At most {MaxEvents} events at a time.");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ScheduleOptions.Default.TimeZone).DateTime);
        var parser = new ResidentChangeParser(RegionCatalog.Default, now, today);
        var errors = new List<ResidentChangeError>(readErrors);
        var unreadable = readErrors.Select(error => error.Index).ToHashSet();
        var changes = new ResidentChange?[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            changes[i] = unreadable.Contains(i) ? null : parser.Parse(i, events[i], errors);
        }

        var unknown = new ConcurrentBag<ResidentChangeError>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, events.Count).Where(i => changes[i] is not null),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelLookups, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                if (await residents.FindByIdAsync(changes[i]!.ResidentId, token) is null)
                {
                    unknown.Add(new ResidentChangeError(i, "residentId", $"no resident '{changes[i]!.ResidentId}' in the registry"));
                }
            });
        errors.AddRange(unknown);

        if (errors.Count > 0)
        {
            logger.LogInformation("Rejected {Count} resident change events: {Invalid} are invalid", events.Count, errors.Select(error => error.Index).Distinct().Count());
            return new ResidentChangeSubmission(0, [.. errors.OrderBy(error => error.Index)]);
        }

        foreach (var change in changes)
        {
            await publisher.PublishAsync(Queues.ResidentChanges, new ResidentChangeMessage(Guid.NewGuid().ToString("N"), now, change!), cancellationToken);
        }

        logger.LogInformation("Queued {Count} resident change events", events.Count);
        return new ResidentChangeSubmission(events.Count, []);
    }
}
