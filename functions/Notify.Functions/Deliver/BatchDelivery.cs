using Notify.Core.Channels;
using Notify.Core.Extraction;
using Notify.Core.Notices;
using Notify.Core.Scheduling;
using Notify.Core.Templates;
using Notify.Functions.Acknowledgements;
using Notify.Functions.Channels;
using Notify.Functions.Consent;
using Notify.Functions.FanOut;
using Notify.Functions.Notices;
using Notify.Functions.Senders;
using Notify.Functions.Storage;

namespace Notify.Functions.Deliver;

/// <summary>
/// Sends one delivery batch, a few recipients at a time (<see cref="DeliveryOptions.SendGroupSize"/>): claims their
/// delivery rows just before the send, sends each claimed recipient on the first of their channels that takes the
/// message (consent, SMS opt-outs and missing addresses move on to the next), and writes the group's outcomes at once,
/// so a crash leaves at most a group per batch in flight. A temporary or technical failure waits for its recipient's
/// next attempt (<see cref="RetrySchedule"/>) in a small retry batch of its own; the batch itself ends normally, so one
/// failing recipient never holds up, repeats or poisons the others. Counts are recorded on the job when the batch ends.
/// Resident batches that arrive in the quiet hours wait in the queue until the hours end.
/// </summary>
public sealed class BatchDelivery(
    DeliveryContexts contexts,
    DeliveryRows rows,
    DeliveryLedger ledger,
    EventLedger events,
    ChannelFallback fallback,
    ChannelRegistry channels,
    SmsOptOutCache optOuts,
    TemplateRenderer renderer,
    AcknowledgementLinks links,
    FanOutJobStore jobs,
    QueuePublisher publisher,
    ScheduleOptions schedule,
    TimeProvider clock,
    ILogger<BatchDelivery> logger,
    RecipientHistory history,
    DeliveryOptions options)
{
    /// <summary>Acknowledgement links stay valid this long after the task's date.</summary>
    public static readonly TimeSpan AckLinkLifetime = TimeSpan.FromDays(60);

    /// <summary>A late overdue nudge still carries a link that works for a fortnight.</summary>
    public static readonly TimeSpan MinimumAckLinkLife = TimeSpan.FromDays(14);

    /// <summary>The longest a queue message can be kept invisible.</summary>
    private static readonly TimeSpan MaxQueueDelay = TimeSpan.FromDays(7);

    public async Task DeliverAsync(DeliveryBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var context = await contexts.ForJobAsync(batch.JobId, cancellationToken);
        if (context is null)
        {
            logger.LogWarning("Batch {Sequence} of job {JobId} dropped: the job, its occurrence or its notice no longer exists", batch.Sequence, batch.JobId);
            return;
        }

        var now = clock.GetUtcNow();
        var residents = context.Notice.Audience == ItemAudience.Residents;
        if (residents && new QuietHours(schedule).Adjust(now, urgent: false) is var until && until > now)
        {
            await publisher.PublishAsync(Queues.DeliveryBatches, batch, until - now, cancellationToken);
            logger.LogInformation("Batch {Sequence} of job {JobId} held to {Until:o}: quiet hours", batch.Sequence, batch.JobId, until);
            return;
        }

        var recipients = batch.Recipients.DistinctBy(recipient => recipient.Id).ToList();
        await history.IndexAsync(context, batch.JobId, recipients, cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, schedule.TimeZone).DateTime);
        var tally = new BatchTally();
        var retries = new List<PendingRetry>();
        foreach (var group in recipients.GroupBy(recipient => DeliveryKey.For(batch.JobId, recipient.Id).Partition).SelectMany(shard => shard.Chunk(Math.Max(1, options.SendGroupSize))))
        {
            var claims = await rows.ClaimAsync(batch with { Recipients = group }, context.Occurrence.TemplateKind, cancellationToken);
            retries.AddRange(await SendGroupAsync(batch, context, claims, today, tally, cancellationToken));
        }

        await ScheduleRetriesAsync(batch, retries, cancellationToken);
        await jobs.RecordBatchAsync(batch, tally.ToCounts(recipients.Count), cancellationToken);
    }

    /// <summary>Sends a group's claimed recipients at once, writes their outcomes, counts them; answers the recipients to retry later.</summary>
    private async Task<IReadOnlyList<PendingRetry>> SendGroupAsync(
        DeliveryBatch batch, DeliveryContext context, IReadOnlyList<DeliveryClaim> claims, DateOnly today, BatchTally tally, CancellationToken cancellationToken)
    {
        var retries = new List<PendingRetry>();
        foreach (var claim in claims.Where(claim => !claim.Send))
        {
            if (claim.RetryAt is { } retryAt)
            {
                retries.Add(new PendingRetry(claim.Recipient, claim.Owner ?? batch.BatchId, retryAt));
                tally.Defer();
                continue;
            }

            tally.Count(claim.FinalStatus, claim.OwnedElsewhere, claim.Recipient.CapReason is null ? null : DeliveryReasons.DailyCap);
        }

        var sendable = claims.Where(claim => claim.Send).ToList();
        var sentByOtherJobs = await ClaimEventAsync(batch, context, sendable, today, cancellationToken);
        var results = await Task.WhenAll(sendable.Select(claim => sentByOtherJobs.TryGetValue(claim.Recipient.Id, out var otherJob)
            ? Task.FromResult(Duplicate(context, claim, otherJob))
            : SendAndRecordLiveAsync(context, claim, today, cancellationToken)));
        await rows.CompleteAsync([.. results.Where(result => !result.RecordedLive).Select(result => result.Update)], cancellationToken);
        foreach (var result in results)
        {
            if (result.Update.NextAttemptAt is { } next)
            {
                retries.Add(new PendingRetry(result.Claim.Recipient, batch.BatchId, next));
                tally.Defer();
            }
            else
            {
                tally.Count(result.Update.Status, ownedElsewhere: false, result.Reason);
            }
        }

        return retries;
    }

    private static RecipientResult Duplicate(DeliveryContext context, DeliveryClaim claim, string otherJob) => new(
        claim,
        new DeliveryUpdate(claim.Key, DeliveryStatus.Suppressed, null, null, "duplicate", $"duplicate of job {otherJob}", context.Template.Version),
        RecordedLive: false,
        "duplicate of another job for the same event today");

    /// <summary>Sends to one recipient; a live provider's acceptance is recorded at once through the ledger, which indexes its message id for receipts.</summary>
    private async Task<RecipientResult> SendAndRecordLiveAsync(DeliveryContext context, DeliveryClaim claim, DateOnly today, CancellationToken cancellationToken)
    {
        var outcome = await TrySendAsync(context, claim, today, cancellationToken);
        var (update, reason) = Outcome(context, claim, outcome);
        var last = outcome.Attempts.Count > 0 ? outcome.Attempts[^1] : null;
        if (outcome.Status == ChannelFallbackStatus.Sent && last is not null && channels.ModeFor(last.Channel) == ChannelMode.Live)
        {
            await ledger.RecordSendAsync(update, last.Result, cancellationToken);
            return new RecipientResult(claim, update, RecordedLive: true, reason);
        }

        return new RecipientResult(claim, update, RecordedLive: false, reason);
    }

    /// <summary>
    /// The fallback run for one recipient. A channel that throws (a bug, a broken template) is a technical failure of
    /// this recipient, retried and finally given up on like any other, never a failure of the whole batch.
    /// </summary>
    private async Task<ChannelFallbackResult> TrySendAsync(DeliveryContext context, DeliveryClaim claim, DateOnly today, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(context, claim, today, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError("Sending delivery {DeliveryId} of job {JobId} threw {Exception}; it is retried as a technical failure",
                claim.Key.Id, claim.Key.Partition, exception.GetType().Name);
            var channel = claim.Recipient.Channels.Select(RecipientChannels.Kind).OfType<ChannelKind>().FirstOrDefault();
            var failure = new SendResult(SendOutcome.TechnicalFailure, ErrorCode: "exception", Reason: exception.GetType().Name);
            return new ChannelFallbackResult(ChannelFallbackStatus.Deferred, [new ChannelFallbackAttempt(channel, failure)]);
        }
    }

    /// <summary>The row update for a fallback run: a deferral carries its next attempt, or becomes final when the attempts are spent.</summary>
    private (DeliveryUpdate Update, string? Reason) Outcome(DeliveryContext context, DeliveryClaim claim, ChannelFallbackResult outcome)
    {
        var last = outcome.Attempts.Count > 0 ? outcome.Attempts[^1] : null;
        var status = outcome.Status switch
        {
            ChannelFallbackStatus.Sent => DeliveryStatuses.From(last!.Result.Outcome),
            ChannelFallbackStatus.Deferred => DeliveryStatuses.From(last!.Result.Outcome) is var failure && DeliveryStatuses.AwaitsRetry(failure) ? failure : DeliveryStatus.TechnicalFailure,
            _ => outcome.Attempts.All(attempt => attempt.Result.Outcome == SendOutcome.Suppressed) && outcome.Attempts.Count > 0
                ? DeliveryStatus.Suppressed
                : DeliveryStatus.PermanentFailure,
        };
        var rowReason = outcome.Status == ChannelFallbackStatus.Sent
            ? last!.Result.Reason
            : string.Join("; ", outcome.Attempts.Select(attempt => $"{attempt.Channel}: {attempt.Result.ErrorCode ?? attempt.Result.Outcome.ToString()}"));
        var reason = DeliveryReasons.Of(outcome);
        var update = new DeliveryUpdate(claim.Key, status, last?.Channel, last?.Result.ProviderMessageId, last?.Result.ErrorCode, rowReason, context.Template.Version);
        if (outcome.Status != ChannelFallbackStatus.Deferred)
        {
            return (update, reason);
        }

        var now = clock.GetUtcNow();
        if (RetrySchedule.Next(options, claim.Attempts, outcome.RetryAfter, claim.FirstAttemptAt ?? now, now, Random.Shared.NextDouble()) is { } next)
        {
            return (update with { NextAttemptAt = next }, reason);
        }

        var givenUp = DeliveryReasons.GaveUp(claim.Attempts, reason);
        return (update with { Status = DeliveryStatus.PermanentFailure, Reason = DeliveryReasons.GaveUp(claim.Attempts, rowReason) }, givenUp);
    }

    /// <summary>
    /// Enqueues the recipients waiting for another attempt as small retry batches, each visible when its recipients
    /// are due: recipients are grouped by the batch that owns their rows and by when they are due, in steps of about
    /// a fifth of the wait, so a retry batch never comes before any of its recipients' time.
    /// </summary>
    private async Task ScheduleRetriesAsync(DeliveryBatch batch, IReadOnlyList<PendingRetry> retries, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var due in retries.GroupBy(retry => (retry.Owner, Step: Math.Floor(Math.Log2(Math.Max(1, (retry.At - now).TotalSeconds)) * 4))))
        {
            var at = due.Max(retry => retry.At);
            var delay = at - now < TimeSpan.Zero ? TimeSpan.Zero : at - now > MaxQueueDelay ? MaxQueueDelay : at - now;
            var retryBatch = new DeliveryBatch(batch.JobId, Guid.NewGuid().ToString("N"), batch.Sequence, [.. due.Select(retry => retry.Recipient)], RetryOf: due.Key.Owner);
            await publisher.PublishAsync(Queues.DeliveryBatches, retryBatch, delay, cancellationToken);
            logger.LogInformation("Batch {Sequence} of job {JobId}: {Count} recipients to be tried again at {At:o} in batch {RetryBatchId}",
                batch.Sequence, batch.JobId, retryBatch.Recipients.Count, at, retryBatch.BatchId);
        }
    }

    /// <summary>
    /// Claims the event rows of the recipients this batch may send to: those another job already told about the same
    /// event with the same template kind today are answered with that job's id. Notices scheduled without an event are not checked.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> ClaimEventAsync(
        DeliveryBatch batch, DeliveryContext context, IReadOnlyList<DeliveryClaim> claims, DateOnly today, CancellationToken cancellationToken)
    {
        if (context.Notice.Event is not { } noticeEvent)
        {
            return new Dictionary<string, string>();
        }

        var eventKey = NoticeEvent.Of(noticeEvent, context.Occurrence.Occurrence);
        return await events.ClaimAsync(
            batch.JobId, eventKey, context.Occurrence.TemplateKind, today, claims.Where(claim => claim.Send).Select(claim => claim.Recipient.Id), cancellationToken);
    }

    private async Task<ChannelFallbackResult> SendAsync(DeliveryContext context, DeliveryClaim claim, DateOnly today, CancellationToken cancellationToken)
    {
        var recipient = claim.Recipient;
        var notice = context.Notice;
        string? ackUrl = null;
        if (notice.Audience == ItemAudience.Units)
        {
            var afterTask = new DateTimeOffset(context.Occurrence.Occurrence.ForDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + AckLinkLifetime;
            var expires = afterTask > clock.GetUtcNow() + MinimumAckLinkLife ? afterTask : clock.GetUtcNow() + MinimumAckLinkLife;
            ackUrl = links.Create(notice.PolicyId, NoticeScheduler.PolicyItemId(notice.PolicyId, notice.ItemId), recipient.Id, expires).ToString();
        }

        var data = NoticeMessageData.For(notice, context.Occurrence.Occurrence, recipient, today, ackUrl);
        var template = context.Template.Content;
        var request = RecipientChannels.Request(
            claim.Key.Id,
            recipient,
            new LazyContentDictionary(renderer, template, RecipientChannels.Locale(recipient.Language), data, context.Sender.Details.SmsSignature),
            await RecipientChannels.OptedOutAsync(recipient, optOuts, cancellationToken)) with
        {
            Sender = SenderVariables.Sender(context.Sender),
        };
        return await fallback.SendAsync(request, cancellationToken);
    }

    /// <summary>A recipient waiting for another attempt, the batch that owns their row, and when they are due.</summary>
    private sealed record PendingRetry(FanOutRecipient Recipient, string Owner, DateTimeOffset At);

    /// <summary>What one send left: the row update, whether the ledger already recorded it (live acceptance), and the job's reason.</summary>
    private sealed record RecipientResult(DeliveryClaim Claim, DeliveryUpdate Update, bool RecordedLive, string? Reason);
}
