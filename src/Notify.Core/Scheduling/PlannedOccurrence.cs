namespace Notify.Core.Scheduling;

/// <summary>
/// One send of a notice. <paramref name="Id"/> depends only on the item's dates, the purpose and the options,
/// so planning the same item again yields the same ids. <paramref name="ForDate"/> is the business date the
/// send concerns (the due date, the window's end, the effective date); <paramref name="Period"/> is set for windows.
/// </summary>
public sealed record PlannedOccurrence(string Id, DateTimeOffset DueUtc, string Purpose, DateOnly ForDate, WindowPeriod? Period);
