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
        ArgumentNullException.ThrowIfNull(approved);
        var itemId = ScheduledItemId(approved.PolicyId, approved.Id);
        var item = approved.Item;
        var noticeKind = NoticeKindOf(approved);
        var plan = OccurrencePlanner.Plan(PlannedItem.From(itemId, item, noticeKind), approvedAtUtc, options);
        if (plan.Expired)
        {
            return plan;
        }

        var policy = await policies.FindAsync(approved.PolicyId, cancellationToken);
        var authorityId = approved.Decisions.AuthorityId ?? throw new InvalidOperationException($"Item {itemId} has no authority to speak for.");
        var sender = await senders.FindActiveAsync(authorityId, cancellationToken)
            ?? throw new InvalidOperationException($"Item {itemId} speaks for {authorityId}, which has no approved sender profile.");
        var residents = ResidentAudienceBuilder.From(item, UnitDirectory.LoadDefault(), coverageYear: null);
        var unpaidOnly = (noticeKind is null or ResidentNoticeKind.ContributionWindow) && item.Amounts.Any(amount => amount.Period == "year" && amount.Basis is null or "per-person");
        var unitIds = item.LeadUnits.Concat(item.CooperatingUnits).Select(unit => unit.UnitId).OfType<string>()
            .Where(id => UnitDirectory.LoadDefault().Find(id) is { IsGroup: false }).Distinct(StringComparer.Ordinal).ToList();
        var amounts = item.Amounts.Where(amount => amount.Group is not null)
            .GroupBy(amount => amount.Group!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Amount, StringComparer.Ordinal);
        var variables = SenderVariables.Merge(texts.For(policy, item, approved.Decisions), sender);
        var noticeEvent = EventOf(approved, variables);
        foreach (var planned in plan.Notices)
        {
            await notices.SaveAsync(new Notice(
                itemId,
                approved.PolicyId,
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
                noticeEvent), cancellationToken);
        }

        await occurrences.SaveAsync(approved.PolicyId, itemId, plan, cancellationToken);
        return plan;
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
