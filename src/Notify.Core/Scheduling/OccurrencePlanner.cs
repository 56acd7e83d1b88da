using System.Globalization;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Notices;

namespace Notify.Core.Scheduling;

/// <summary>
/// Turns an approved item into notices and their occurrences. Occurrences due before approval are dropped;
/// when none remain the plan is expired. Acknowledgements and payments stopping later sends are the caller's job.
/// </summary>
/// <remarks>
/// Beyond the obvious mappings: a deadline or target for residents becomes closing reminders before its date;
/// a window for units becomes a deadline on its end date (or a policy-in-effect notice when it has no end);
/// a yearly window whose end day does not exist in a year (02-29) ends on the month's last day.
/// A resident item's notice kind picks its templates: a contribution window (or no kind) the window opening and
/// closing reminders, a benefit application the same reminders in applying words; a subsidy payment, a rule in
/// effect or information one notice, on a window's first day or an effective date, or ahead of a deadline by the
/// earliest closing reminder.
/// </remarks>
public static class OccurrencePlanner
{
    private const int MaxYearsToRoll = 200;

    public static NoticePlan Plan(PlannedItem item, DateTimeOffset approvedAtUtc, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        var context = new PlanContext(item, approvedAtUtc, options);
        IReadOnlyList<PlannedNotice> notices = item switch
        {
            { Audience: ItemAudience.Residents, NoticeKind: { } kind } when kind is not (ResidentNoticeKind.ContributionWindow or ResidentNoticeKind.BenefitApplication)
                && item.Kind != ItemKind.Recurring => SingleResidentNotice(context, kind),
            _ => DatedNotices(context),
        };
        var kept = notices.Where(n => n.Occurrences.Count > 0).ToList();
        if (kept.Count > 0 || context.StillRunning)
        {
            return new NoticePlan(item.ItemId, kept, false, null);
        }

        var reason = string.Create(CultureInfo.InvariantCulture, $"{item.Kind} item {item.ItemId}: every occurrence was due before approval at {approvedAtUtc.ToUniversalTime():yyyy-MM-dd'T'HH:mm'Z'}.");
        return NoticePlan.Past(item.ItemId, reason);
    }

    private static List<PlannedNotice> DatedNotices(PlanContext context)
    {
        var item = context.Item;
        return item.Kind switch
        {
            ItemKind.Deadline or ItemKind.Target when item.Audience == ItemAudience.Residents => ResidentClosing(context, RequireDate(item, item.Date)),
            ItemKind.Deadline or ItemKind.Target => UnitDeadline(context, RequireDate(item, item.Date)),
            ItemKind.Effective => [context.Notice(NoticeKinds.PolicyInEffect, item.Audience, [context.At(RequireDate(item, item.Date), 0, "in-effect")])],
            ItemKind.Window when item.Audience == ItemAudience.Units => item.EndDate is { } end
                ? UnitDeadline(context, end)
                : [context.Notice(NoticeKinds.PolicyInEffect, item.Audience, [context.At(RequireDate(item, item.Date), 0, "in-effect")])],
            ItemKind.Window when item.Recurrence is not null => YearlyWindow(context),
            ItemKind.Window => ResidentWindow(context, OneOffPeriod(item)),
            ItemKind.Recurring => Recurring(context),
            _ => throw new ArgumentException($"Item {item.ItemId} has an unknown kind {item.Kind}.", nameof(context)),
        };
    }

    /// <summary>One notice of a kind that is not a reminder series: a payout, a rule in effect, information.</summary>
    private static List<PlannedNotice> SingleResidentNotice(PlanContext context, ResidentNoticeKind kind)
    {
        var item = context.Item;
        var (templateKind, purpose) = kind switch
        {
            ResidentNoticeKind.SubsidyPayment => (NoticeKinds.ResidentSubsidyPayment, "payment"),
            ResidentNoticeKind.RuleInEffect => (NoticeKinds.PolicyInEffect, "in-effect"),
            _ => (NoticeKinds.ResidentInformation, "information"),
        };
        var period = OneOffPeriod(item);
        var ahead = item.Kind is ItemKind.Deadline or ItemKind.Target && kind != ResidentNoticeKind.RuleInEffect
            ? context.Options.WindowClosingDays.DefaultIfEmpty(0).Min()
            : 0;
        return [context.Notice(templateKind, ItemAudience.Residents, [context.At(period.Start, ahead, purpose, period, period.Start)])];
    }

    /// <summary>The period after <paramref name="current"/> of a yearly window, for rolling it forward.</summary>
    public static WindowPeriod NextPeriod(PlannedItem item, WindowPeriod current)
    {
        ArgumentNullException.ThrowIfNull(item);
        return YearlyShape.Of(item).PeriodStarting(current.Start.Year + 1);
    }

    private static List<PlannedNotice> UnitDeadline(PlanContext context, DateOnly due)
    {
        var options = context.Options;
        var nudges = options.DeadlineNudgeDays.Where(d => d <= 0).Select(d => context.At(due, d, OffsetLabel("due", d)));
        var overdueDays = options.DeadlineNudgeDays.Where(d => d > 0).ToList();
        var last = options.DeadlineNudgeDays.Count > 0 ? Math.Max(0, options.DeadlineNudgeDays.Max()) : 0;
        overdueDays.AddRange(Enumerable.Range(1, Math.Max(0, options.OverdueRepeatCap)).Select(k => last + (k * options.OverdueIntervalDays)));
        var overdue = overdueDays.Select(d => context.At(due, d, OffsetLabel("due", d)));
        return
        [
            context.Notice(NoticeKinds.UnitDeadlineNudge, ItemAudience.Units, nudges),
            context.Notice(NoticeKinds.UnitOverdue, ItemAudience.Units, overdue),
        ];
    }

    private static List<PlannedNotice> ResidentClosing(PlanContext context, DateOnly due)
    {
        var period = new WindowPeriod(due, due);
        var reminders = context.Options.WindowClosingDays.Select(d => context.At(due, d, OffsetLabel("closing", d), period));
        return [context.Notice(ClosingKind(context.Item), ItemAudience.Residents, reminders)];
    }

    private static List<PlannedNotice> ResidentWindow(PlanContext context, WindowPeriod period)
    {
        List<PlannedOccurrence> opening = [context.At(period.Start, 0, "opening", period, period.Start)];
        var closing = context.Options.WindowClosingDays
            .Where(d => period.End.AddDays(d) > period.Start)
            .Select(d => context.At(period.End, d, OffsetLabel("closing", d), period));
        return
        [
            context.Notice(OpeningKind(context.Item), ItemAudience.Residents, opening),
            context.Notice(ClosingKind(context.Item), ItemAudience.Residents, closing),
        ];
    }

    private static string OpeningKind(PlannedItem item) =>
        item.NoticeKind == ResidentNoticeKind.BenefitApplication ? NoticeKinds.ResidentApplyOpening : NoticeKinds.ResidentWindowOpening;

    private static string ClosingKind(PlannedItem item) =>
        item.NoticeKind == ResidentNoticeKind.BenefitApplication ? NoticeKinds.ResidentApplyClosing : NoticeKinds.ResidentWindowClosing;

    private static List<PlannedNotice> YearlyWindow(PlanContext context)
    {
        var shape = YearlyShape.Of(context.Item);
        context.StillRunning = true;
        var year = context.Item.Date?.Year ?? context.ApprovedLocalDate.Year - 1;
        for (var tried = 0; tried < MaxYearsToRoll; tried++, year++)
        {
            var first = ResidentWindow(context, shape.PeriodStarting(year));
            if (first.Any(n => n.Occurrences.Count > 0))
            {
                var later = Enumerable.Range(1, Math.Max(0, context.Options.YearlyWindowPeriods - 1))
                    .SelectMany(k => ResidentWindow(context, shape.PeriodStarting(year + k)));
                return [.. first.Concat(later).GroupBy(n => n.TemplateKind)
                    .Select(g => context.Notice(g.Key, ItemAudience.Residents, g.SelectMany(n => n.Occurrences)))];
            }
        }

        throw new InvalidOperationException($"Item {context.Item.ItemId}: no window period found within {MaxYearsToRoll} years of its date.");
    }

    private static List<PlannedNotice> Recurring(PlanContext context)
    {
        var item = context.Item;
        var rule = RecurrenceRule.Parse(item.Recurrence ?? throw new ArgumentException($"Recurring item {item.ItemId} has no recurrence rule.", nameof(context)));
        var from = context.ApprovedLocalDate;
        if (item.Date is { } start && start > from)
        {
            from = start;
        }

        var to = context.ApprovedLocalDate.AddMonths(context.Options.RecurrenceHorizonMonths);
        if (item.EndDate is { } end && end < to)
        {
            to = end;
        }

        context.StillRunning = item.EndDate is not { } last || last >= context.ApprovedLocalDate;
        var lead = context.Options.RecurrenceLeadDays;
        var occurrences = from > to ? [] : rule.DueDates(from, to, item.Date).Select(due => context.At(due, -lead, "report"));
        return [context.Notice(NoticeKinds.UnitRecurringReport, item.Audience, occurrences)];
    }

    private static WindowPeriod OneOffPeriod(PlannedItem item)
    {
        var start = item.Date ?? item.EndDate ?? throw new ArgumentException($"Window item {item.ItemId} has no dates to schedule from.", nameof(item));
        return new WindowPeriod(start, item.EndDate ?? start);
    }

    private static DateOnly RequireDate(PlannedItem item, DateOnly? date)
        => date ?? throw new ArgumentException($"{item.Kind} item {item.ItemId} has no date to schedule from.", nameof(item));

    private static string OffsetLabel(string stem, int days)
        => days == 0 ? stem : string.Create(CultureInfo.InvariantCulture, $"{stem}{days:+0;-0}d");
}
