using Azure;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.Deliver;
using Notify.Functions.Notices;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;

namespace Notify.Functions.FanOut;

/// <summary>
/// Turns a due occurrence into delivery batches: pages the audience region by region, keeps one buffer per
/// delivery-row shard and enqueues a buffer when it holds <see cref="DeliveryOptions.BatchSize"/> recipients.
/// Memory holds at most the buffers and one page, whatever the audience size. After each page the job's checkpoint
/// moves to the first recipient not yet enqueued, so a crash costs at most a page of re-enqueued recipients, whose
/// delivery rows stop a second send.
/// </summary>
public sealed class FanOutService(
    OccurrenceStore occurrences,
    NoticeStore notices,
    FanOutJobStore jobs,
    ResidentPager residents,
    UnitRecipients units,
    QueuePublisher publisher,
    DeliveryOptions options,
    ScheduleOptions schedule,
    TimeProvider clock,
    ILogger<FanOutService> logger)
{
    private const int CheckpointEvery = 1_000;

    public async Task RunAsync(FanOutRequested request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var occurrence = await occurrences.FindAsync(request.Bucket, request.OccurrenceKey, cancellationToken);
        var notice = occurrence is null ? null : await notices.FindForOccurrenceAsync(occurrence.ItemId, occurrence.TemplateKind, cancellationToken);
        if (occurrence is null || notice is null || notice.State != NoticeStates.Active || occurrence.State is OccurrenceStates.Cancelled or OccurrenceStates.Held)
        {
            logger.LogInformation("Fan-out of occurrence {Key} skipped: it or its notice is gone, cancelled or held", request.OccurrenceKey);
            return;
        }

        var now = clock.GetUtcNow();
        if (notice.Audience == ItemAudience.Residents && new QuietHours(schedule).Adjust(now, urgent: false) is var until && until > now)
        {
            await occurrences.HoldAsync(occurrence, until, cancellationToken);
            logger.LogInformation("Fan-out of occurrence {Key} held to {Until:o}: quiet hours", request.OccurrenceKey, until);
            return;
        }

        var jobId = FanOutJobIds.For(occurrence.Key);
        var (checkpoint, state, etag) = await jobs.StartAsync(jobId, occurrence, cancellationToken);
        if (state == FanOutStates.Paged)
        {
            return;
        }

        var run = new FanOutRun(jobId, checkpoint, etag);
        if (notice.Audience == ItemAudience.Units)
        {
            await FanOutUnitsAsync(run, notice, occurrence, cancellationToken);
        }
        else
        {
            await FanOutResidentsAsync(run, notice, occurrence, cancellationToken);
        }
    }

    private async Task FanOutUnitsAsync(FanOutRun run, Notice notice, ScheduledOccurrence occurrence, CancellationToken cancellationToken)
    {
        var recipients = await units.ForAsync(notice, cancellationToken);
        foreach (var chunk in recipients.Chunk(options.BatchSize))
        {
            await PublishAsync(run, chunk, cancellationToken);
        }

        var standIns = recipients.Where(recipient => recipient.OnBehalfOf is { Count: > 0 }).ToList();
        var problem = recipients.Count == 0
            ? notice.UnitIds.Count == 0 ? "no recipients: the item names no single unit (groups of units have no contacts of their own)" : "no recipients: every unit has acknowledged"
            : standIns.Count > 0 ? string.Join("; ", standIns.Select(standIn => $"{UnitRecipients.NoContactFor(standIn.OnBehalfOf!)}: sent to the issuer {standIn.Id}")) : null;
        await FinishAsync(run, recipients.Count, occurrence, problem, cancellationToken);
    }

    private async Task FanOutResidentsAsync(FanOutRun run, Notice notice, ScheduledOccurrence occurrence, CancellationToken cancellationToken)
    {
        var audience = AudienceOf(notice, occurrence);
        var onDate = occurrence.Occurrence.ForDate;
        var regions = RegionCatalog.Default.Regions.Select(region => region.Code).Where(audience.InRegion).Order(StringComparer.Ordinal).ToList();
        var cap = await DailyCapForAsync(occurrence, cancellationToken);
        var buffers = new ShardBuffers(DeliveryKey.Shards);
        var queued = run.Checkpoint.Queued;
        var sinceCheckpoint = 0;
        for (var regionIndex = run.Checkpoint.RegionIndex; regionIndex < regions.Count; regionIndex++)
        {
            var fromId = regionIndex == run.Checkpoint.RegionIndex ? run.Checkpoint.FromId : null;
            await foreach (var resident in residents.ReadAsync(regions[regionIndex], fromId, cancellationToken))
            {
                if (!audience.Includes(resident, onDate))
                {
                    continue;
                }

                var shard = DeliveryKey.Shard(resident.Id);
                buffers.Add(shard, ResidentRecipients.From(resident, cap.ReasonFor(resident)), new FanOutPosition(regionIndex, resident.Id, queued++));
                if (buffers.Count(shard) >= options.BatchSize)
                {
                    await PublishAsync(run, buffers.Take(shard), cancellationToken);
                }

                if (++sinceCheckpoint >= CheckpointEvery)
                {
                    sinceCheckpoint = 0;
                    var resumeAt = buffers.Earliest() ?? new FanOutPosition(regionIndex, resident.Id, queued - 1);
                    if (!await SaveAsync(run, new FanOutCheckpoint(resumeAt.RegionIndex, resumeAt.Id, run.Sequence, resumeAt.Ordinal), paged: false, cancellationToken))
                    {
                        return;
                    }
                }
            }
        }

        foreach (var shard in buffers.NonEmpty())
        {
            await PublishAsync(run, buffers.Take(shard), cancellationToken);
        }

        await FinishAsync(run, queued, occurrence, queued == 0 ? $"no recipients: no resident matches {AudienceWords.Describe(audience)}" : null, cancellationToken);
    }

    private async Task<DailyCap> DailyCapForAsync(ScheduledOccurrence occurrence, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(occurrence.DueUtc, schedule.TimeZone);
        var dayStart = new DateTimeOffset(local.Date, local.Offset).ToUniversalTime();
        var sameDay = await occurrences.ListDueBetweenAsync(dayStart, dayStart.AddDays(1), cancellationToken);
        var earlier = new List<(ResidentAudience, DateOnly)>();
        foreach (var other in sameDay
                     .Where(row => row.Audience == nameof(ItemAudience.Residents) && row.State is not (OccurrenceStates.Cancelled or OccurrenceStates.Held or OccurrenceStates.Expired))
                     .Where(row => row.DueUtc < occurrence.DueUtc || (row.DueUtc == occurrence.DueUtc && string.CompareOrdinal(row.Key, occurrence.Key) < 0)))
        {
            if (await notices.FindForOccurrenceAsync(other.ItemId, other.TemplateKind, cancellationToken) is { State: NoticeStates.Active } otherNotice)
            {
                earlier.Add((AudienceOf(otherNotice, other), other.Occurrence.ForDate));
            }
        }

        return new DailyCap(options.DailyCap, earlier);
    }

    /// <summary>The notice's audience for this occurrence; an occurrence naming residents reaches only those of them in it.</summary>
    private static ResidentAudience AudienceOf(Notice notice, ScheduledOccurrence occurrence)
    {
        var audience = notice.AudienceFor(occurrence.Occurrence);
        return occurrence.ResidentIds.Count == 0
            ? audience
            : audience with { ResidentIds = audience.ResidentIds.Count == 0 ? occurrence.ResidentIds : [.. audience.ResidentIds.Intersect(occurrence.ResidentIds, StringComparer.Ordinal)] };
    }

    private async Task PublishAsync(FanOutRun run, IReadOnlyList<FanOutRecipient> recipients, CancellationToken cancellationToken)
    {
        var batch = new DeliveryBatch(run.JobId, Guid.NewGuid().ToString("N"), run.Sequence++, recipients);
        await publisher.PublishAsync(Queues.DeliveryBatches, batch, cancellationToken);
    }

    private async Task FinishAsync(FanOutRun run, long total, ScheduledOccurrence occurrence, string? problem, CancellationToken cancellationToken)
    {
        if (await SaveAsync(run, new FanOutCheckpoint(int.MaxValue, null, run.Sequence, total), paged: true, cancellationToken))
        {
            if (problem is not null)
            {
                await jobs.RecordProblemAsync(run.JobId, problem, cancellationToken);
            }

            logger.LogInformation("Fan-out job {JobId} for {Kind} enqueued {Total} recipients in {Batches} batches", run.JobId, occurrence.TemplateKind, total, run.Sequence);
        }
    }

    private async Task<bool> SaveAsync(FanOutRun run, FanOutCheckpoint checkpoint, bool paged, CancellationToken cancellationToken)
    {
        var (saved, etag) = await jobs.SaveCheckpointAsync(run.JobId, checkpoint, paged, run.ETag, cancellationToken);
        run.ETag = etag;
        if (!saved)
        {
            // Another instance is fanning out the same occurrence; it owns the job from here.
            logger.LogWarning("Fan-out job {JobId} was moved on by another instance; this run stops", run.JobId);
        }

        return saved;
    }

    private sealed class FanOutRun(string jobId, FanOutCheckpoint checkpoint, ETag etag)
    {
        public string JobId { get; } = jobId;

        public FanOutCheckpoint Checkpoint { get; } = checkpoint;

        public ETag ETag { get; set; } = etag;

        public int Sequence { get; set; } = checkpoint.NextSequence;
    }
}
