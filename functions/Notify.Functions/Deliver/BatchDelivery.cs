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
/// Sends one delivery batch: claims the recipients' delivery rows (written before any provider is called), sends
/// each claimed recipient on the first of their channels that takes the message (consent, SMS opt-outs and
/// missing addresses move on to the next), writes the statuses back in transactions, and records the batch's
/// counts on its job. Resident batches that arrive in the quiet hours wait in the queue until the hours end.
/// A temporary failure fails the batch after its statuses are written, so the queue retries only those recipients.
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
    RecipientHistory history)
{
    /// <summary>Acknowledgement links stay valid this long after the task's date.</summary>
    public static readonly TimeSpan AckLinkLifetime = TimeSpan.FromDays(60);

    /// <summary>A late overdue nudge still carries a link that works for a fortnight.</summary>
    public static readonly TimeSpan MinimumAckLinkLife = TimeSpan.FromDays(14);

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

        var claims = await rows.ClaimAsync(batch, context.Occurrence.TemplateKind, cancellationToken);
        await history.IndexAsync(context, batch.JobId, claims, cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, schedule.TimeZone).DateTime);
        var sentByOtherJobs = await ClaimEventAsync(batch, context, claims, today, cancellationToken);
        var updates = new List<DeliveryUpdate>();
        var tally = new BatchTally();
        foreach (var claim in claims)
        {
            if (!claim.Send)
            {
                tally.Count(claim.FinalStatus, claim.OwnedElsewhere, claim.Recipient.CapReason is null ? null : DeliveryReasons.DailyCap);
                continue;
            }

            if (sentByOtherJobs.TryGetValue(claim.Recipient.Id, out var otherJob))
            {
                updates.Add(new DeliveryUpdate(claim.Key, DeliveryStatus.Suppressed, null, null, "duplicate", $"duplicate of job {otherJob}", context.Template.Version));
                tally.Count(DeliveryStatus.Suppressed, ownedElsewhere: false, "duplicate of another job for the same event today");
                continue;
            }

            var (update, live, reason) = await SendAsync(context, claim, today, cancellationToken);
            tally.Count(update.Status, ownedElsewhere: false, reason);
            if (live is { } result && update.Channel is { } channel)
            {
                // Live providers send receipts: record through the ledger, which indexes the provider id for them.
                await ledger.RecordSendAsync(claim.Key.Id, channel, result, cancellationToken);
            }
            else
            {
                updates.Add(update);
            }
        }

        await rows.CompleteAsync(updates, cancellationToken);
        await jobs.RecordBatchAsync(batch, tally.ToCounts(claims.Count), cancellationToken);
        if (tally.Deferred > 0)
        {
            throw new DeliveryDeferredException($"{tally.Deferred} recipients of batch {batch.Sequence} of job {batch.JobId} hit a temporary failure; the batch is retried for them.");
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

    private async Task<(DeliveryUpdate Update, SendResult? Live, string? Reason)> SendAsync(DeliveryContext context, DeliveryClaim claim, DateOnly today, CancellationToken cancellationToken)
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
        var outcome = await fallback.SendAsync(request, cancellationToken);
        var last = outcome.Attempts.Count > 0 ? outcome.Attempts[^1] : null;
        var status = outcome.Status switch
        {
            ChannelFallbackStatus.Sent => DeliveryStatuses.From(last!.Result.Outcome),
            ChannelFallbackStatus.Deferred => DeliveryStatus.TemporaryFailure,
            _ => outcome.Attempts.All(attempt => attempt.Result.Outcome == SendOutcome.Suppressed) && outcome.Attempts.Count > 0
                ? DeliveryStatus.Suppressed
                : DeliveryStatus.PermanentFailure,
        };
        var reason = outcome.Status == ChannelFallbackStatus.Sent
            ? last!.Result.Reason
            : string.Join("; ", outcome.Attempts.Select(attempt => $"{attempt.Channel}: {attempt.Result.ErrorCode ?? attempt.Result.Outcome.ToString()}"));
        var update = new DeliveryUpdate(claim.Key, status, last?.Channel, last?.Result.ProviderMessageId, last?.Result.ErrorCode, reason, context.Template.Version);
        var live = outcome.Status == ChannelFallbackStatus.Sent && last is not null && channels.ModeFor(last.Channel) == ChannelMode.Live ? last.Result : null;
        return (update, live, DeliveryReasons.Of(outcome));
    }
}
