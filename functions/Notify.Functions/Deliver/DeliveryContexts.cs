using System.Collections.Concurrent;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Schedule;
using Notify.Functions.Templates;

namespace Notify.Functions.Deliver;

/// <summary>
/// Loads a job's <see cref="DeliveryContext"/> once and keeps it for a minute (older ones are dropped on the next load), so thousands of batches of one job
/// read the occurrence, notice and template once. The template is checked as a send starts (ActiveForSendAsync):
/// an unusable one fails the batch before anything is sent.
/// </summary>
public sealed class DeliveryContexts(FanOutJobStore jobs, OccurrenceStore occurrences, NoticeStore notices, TemplateEditing templates, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DeliveryContext> _cache = new(StringComparer.Ordinal);

    public async Task<DeliveryContext?> ForJobAsync(string jobId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(jobId, out var cached) && now - cached.LoadedAt < KeepFor)
        {
            return cached;
        }

        if (await jobs.FindOccurrenceAsync(jobId, cancellationToken) is not { } located
            || await occurrences.FindAsync(located.Bucket, located.OccurrenceKey, cancellationToken) is not { } occurrence
            || await notices.FindForOccurrenceAsync(occurrence.ItemId, occurrence.TemplateKind, cancellationToken) is not { } notice)
        {
            return null;
        }

        var (version, problems) = await templates.ActiveForSendAsync(occurrence.TemplateKind, cancellationToken);
        if (version is null)
        {
            throw new InvalidOperationException($"Job {jobId} cannot send: {string.Join("; ", problems)}");
        }

        var context = new DeliveryContext(occurrence, notice, version, now);
        foreach (var (staleJob, stale) in _cache.Where(pair => now - pair.Value.LoadedAt >= KeepFor))
        {
            _cache.TryRemove(staleJob, out _);
        }

        _cache[jobId] = context;
        return context;
    }
}
