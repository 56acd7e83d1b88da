using System.Globalization;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Notices;
using Notify.Core.Scheduling;
using Notify.Core.Units;
using Notify.Functions.Ingest;
using Notify.Functions.Review;
using Notify.Functions.Schedule;
using Notify.Functions.Senders;

namespace Notify.Functions.Notices;

/// <summary>
/// Schedules an approved item: plans its notices and occurrences (OccurrencePlanner), saves the notices with their
/// audience and shared template values, then the occurrences, so a sweep never finds an occurrence without its notice.
/// An item whose dates are all past is recorded as expired and gets nothing. Unscheduling (the item was edited or
/// rejected after approval) cancels the occurrences not yet claimed.
/// </summary>
public sealed class NoticeScheduler(NoticeStore notices, OccurrenceStore occurrences, PolicyStore policies, ScheduleOptions options, NoticeTexts texts, SenderProfileStore senders)
{
    public const string ExpiredPrefix = "expired:";

    /// <summary>Globally unique item id for scheduling: policy id and item row.</summary>
    public static string ScheduledItemId(string policyId, string itemId) => $"{policyId}-{itemId}";

    /// <summary>The item's row in its policy, from a scheduled item id.</summary>
    public static string PolicyItemId(string policyId, string scheduledItemId)
    {
        ArgumentNullException.ThrowIfNull(policyId);
        ArgumentNullException.ThrowIfNull(scheduledItemId);
        return scheduledItemId.StartsWith(policyId + "-", StringComparison.Ordinal) ? scheduledItemId[(policyId.Length + 1)..] : scheduledItemId;
    }

    public async Task<NoticePlan> ScheduleAsync(PolicyItem approved, DateTimeOffset approvedAtUtc, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(approved, approvedAtUtc, cancellationToken);
        if (prepared.Plan.Expired)
        {
            return prepared.Plan;
        }

        if (prepared.Sender is null)
        {
            throw new InvalidOperationException($"Item {prepared.Plan.ItemId} speaks for '{approved.Decisions.AuthorityId}', which has no approved sender profile.");
        }

        foreach (var notice in prepared.Notices)
        {
            await notices.SaveAsync(notice, cancellationToken);
        }

        await occurrences.SaveAsync(approved.PolicyId, prepared.Plan.ItemId, prepared.Plan, cancellationToken);
        return prepared.Plan;
    }

    /// <summary>
    /// The notices approving <paramref name="item"/> at <paramref name="approvedAtUtc"/> would schedule, saving nothing:
    /// what a preview and the approval guards look at. Without an approved sender profile the notices lack the sender's values.
    /// </summary>
    public async Task<PreparedNotices> PrepareAsync(PolicyItem item, DateTimeOffset approvedAtUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var itemId = ScheduledItemId(item.PolicyId, item.Id);
        var extracted = item.Item;
        var noticeKind = NoticeKindOf(item);
        var plan = OccurrencePlanner.Plan(PlannedItem.From(itemId, extracted, noticeKind), approvedAtUtc, options);
        if (plan.Expired)
        {
            return new PreparedNotices(plan, [], null);
        }

        var policy = await policies.FindAsync(item.PolicyId, cancellationToken);
        var authorityId = item.Decisions.AuthorityId;
        var sender = authorityId is null ? null : await senders.FindActiveAsync(authorityId, cancellationToken);
        var residents = ResidentAudienceBuilder.From(extracted, UnitDirectory.LoadDefault(), coverageYear: null, authorityId);
        var unpaidOnly = (noticeKind is null or ResidentNoticeKind.ContributionWindow) && extracted.Amounts.Any(amount => amount.Period == "year" && amount.Basis is null or "per-person");
        var unitIds = extracted.LeadUnits.Concat(extracted.CooperatingUnits).Select(unit => unit.UnitId).OfType<string>()
            .Where(id => UnitDirectory.LoadDefault().Find(id) is { IsGroup: false }).Distinct(StringComparer.Ordinal).ToList();
        var amounts = extracted.Amounts.Where(amount => amount.Group is not null)
            .GroupBy(amount => amount.Group!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Amount, StringComparer.Ordinal);
        var shared = texts.For(policy, extracted, item.Decisions);
        var variables = sender is null ? shared : SenderVariables.Merge(shared, sender);
        var noticeEvent = EventOf(item, variables);
        return new PreparedNotices(plan, [.. plan.Notices.Select(planned => new Notice(
            itemId,
            item.PolicyId,
            planned.TemplateKind,
            planned.Audience,
            residents,
            unpaidOnly,
            unitIds,
            variables,
            amounts,
            planned.Occurrences,
            NoticeStates.Active,
            authorityId,
            noticeEvent))], sender);
    }

    /// <summary>The approved resident notice kind; none for unit items and items approved before kinds existed.</summary>
    private static ResidentNoticeKind? NoticeKindOf(PolicyItem approved) =>
        approved.Item.Audience == ItemAudience.Residents && ResidentNoticeKinds.TryParse(approved.Decisions.NoticeKind, out var kind) ? kind : null;

    /// <summary>
    /// What the item's notices are about: for residents the notice kind and program name the approver confirmed (else
    /// the one messages use), for units the task sentence (else the quote). The dates come per occurrence.
    /// </summary>
    public static string EventOf(PolicyItem approved, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(variables);
        var decisions = approved.Decisions;
        return approved.Item.Audience == ItemAudience.Residents
            ? NoticeEvent.ForResidents(decisions.NoticeKind, decisions.ProgramName ?? variables.GetValueOrDefault("programName") ?? approved.Item.Quote)
            : NoticeEvent.ForUnits(decisions.Task ?? approved.Item.Quote);
    }

    public async Task<int> UnscheduleAsync(string policyId, string itemId, CancellationToken cancellationToken)
    {
        var cancelled = 0;
        foreach (var notice in await notices.ListForItemAsync(ScheduledItemId(policyId, itemId), cancellationToken))
        {
            foreach (var occurrence in notice.Occurrences)
            {
                cancelled += await occurrences.CancelAsync(notice.ItemId, notice.TemplateKind, occurrence, cancellationToken) ? 1 : 0;
            }

            await notices.SaveAsync(notice with { State = NoticeStates.Cancelled }, cancellationToken);
        }

        return cancelled;
    }

    /// <summary>Counts for a response: occurrences per template kind and the first due time.</summary>
    public static string Describe(NoticePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Expired
            ? $"{ExpiredPrefix} {plan.ExpiredReason}"
            : string.Join("; ", plan.Notices.Select(notice => string.Create(
                CultureInfo.InvariantCulture,
                $"{notice.TemplateKind} ×{notice.Occurrences.Count}{(notice.Occurrences.Count > 0 ? $" from {notice.Occurrences[0].DueUtc:yyyy-MM-dd'T'HH:mm'Z'}" : "")}")));
    }
}
