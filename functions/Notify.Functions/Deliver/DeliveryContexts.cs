using System.Collections.Concurrent;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Schedule;
using Notify.Functions.Senders;
using Notify.Functions.Templates;

namespace Notify.Functions.Deliver;

/// <summary>
/// Loads a job's <see cref="DeliveryContext"/> once and keeps it for a minute (older ones are dropped on the next load), so thousands of batches of one job
/// read the occurrence, notice, template and sender profile once. The template is checked as a send starts
/// (ActiveForSendAsync), and the notice's authority must have an approved sender profile: otherwise the batch fails
/// before anything is sent, never in another authority's name.
/// </summary>
public sealed class DeliveryContexts(FanOutJobStore jobs, OccurrenceStore occurrences, NoticeStore notices, TemplateEditing templates, SenderProfileStore senders, TimeProvider clock)
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

        var sender = notice.AuthorityId is { } authorityId ? await senders.FindActiveAsync(authorityId, cancellationToken) : null;
        if (sender is null)
        {
            throw new InvalidOperationException($"Job {jobId} cannot send: its notice speaks for '{notice.AuthorityId}', which has no approved sender profile.");
        }

        var context = new DeliveryContext(occurrence, notice, version, now, sender);
        foreach (var (staleJob, stale) in _cache.Where(pair => now - pair.Value.LoadedAt >= KeepFor))
        {
            _cache.TryRemove(staleJob, out _);
        }

        _cache[jobId] = context;
        return context;
    }
}
