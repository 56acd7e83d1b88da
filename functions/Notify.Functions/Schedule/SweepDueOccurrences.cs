using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Storage;

namespace Notify.Functions.Schedule;

/// <summary>Every minute, claims the occurrences that have come due and requests a fan-out for each.</summary>
public sealed class SweepDueOccurrences(OccurrenceStore occurrences, QueuePublisher publisher, TimeProvider clock, ILogger<SweepDueOccurrences> logger)
{
    /// <summary>At most this many occurrences per run; the rest wait for the next minute.</summary>
    public const int MaxPerRun = 500;

    private static readonly string InstanceId = $"{Environment.MachineName}:{Environment.ProcessId}";

    [Function(nameof(SweepDueOccurrences))]
    public async Task RunAsync([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var claimed = await occurrences.ClaimDueAsync(clock.GetUtcNow(), InstanceId, MaxPerRun, cancellationToken);
        foreach (var occurrence in claimed)
        {
            // Publish before marking: after a crash in between, the stale claim is claimed again and published
            // again rather than lost; FanOut will be idempotent per occurrence, so a repeat sends nothing twice.
            await publisher.PublishAsync(Queues.FanOutRequested, new FanOutRequested(occurrence.Key, occurrence.Bucket), cancellationToken);
            await occurrences.MarkFannedOutAsync(occurrence, cancellationToken);
        }

        if (claimed.Count > 0)
        {
            logger.LogInformation("Requested fan-out for {Count} due occurrences", claimed.Count);
        }
    }
}
