using System.Globalization;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Scheduling;
using Notify.Core.Units;

namespace Notify.Core.Notices;

/// <summary>
/// Whether two items describe the same window or deadline for overlapping audiences, so that approving both would
/// tell the same people the same thing twice: same kind of item (window, deadline, effective date, recurring duty),
/// same audience type, the same dates (or a yearly window whose period in that year is the other's one-off window),
/// and residents who can be in both audiences (regions, categories, flags) or a lead unit in common.
/// </summary>
public static class SameEvent
{
    public static bool Matches(ExtractedItem first, ExtractedItem second, UnitDirectory units)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(units);
        return first.Audience == second.Audience
            && Family(first.Kind) == Family(second.Kind)
            && SameDates(first, second)
            && (first.Audience == ItemAudience.Residents ? ResidentsOverlap(first, second, units) : LeadUnitsOverlap(first, second));
    }

    /// <summary>The dates a reviewer recognises the item by: "2026-09-01…2027-02-25", "2026-08-31", or its recurrence.</summary>
    public static string Dates(ExtractedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (item.Date, item.EndDate) switch
        {
            ({ } start, { } end) when start != end => string.Create(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd}…{end:yyyy-MM-dd}"),
            ({ } start, _) => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (null, { } end) => end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => item.Recurrence ?? "no date",
        };
    }

    private static ItemKind Family(ItemKind kind) => kind == ItemKind.Target ? ItemKind.Deadline : kind;

    private static bool SameDates(ExtractedItem first, ExtractedItem second)
    {
        if (first.Kind == ItemKind.Recurring || second.Kind == ItemKind.Recurring)
        {
            return first.Recurrence == second.Recurrence && (first.Date, first.EndDate) == (second.Date, second.EndDate);
        }

        var dated = first.Date is not null || first.EndDate is not null;
        return (dated && (first.Date, first.EndDate) == (second.Date, second.EndDate))
            || YearlyPeriodIs(first, second) || YearlyPeriodIs(second, first);
    }

    /// <summary>
    /// True when <paramref name="yearly"/> repeats every year and its period in <paramref name="oneOff"/>'s start year
    /// (not before the rule's own first year) is that window.
    /// </summary>
    private static bool YearlyPeriodIs(ExtractedItem yearly, ExtractedItem oneOff)
    {
        if (yearly.Kind != ItemKind.Window || yearly.Recurrence is null || oneOff.Date is not { } start || oneOff.EndDate is not { } end
            || start.Year < yearly.Date?.Year)
        {
            return false;
        }

        try
        {
            return YearlyShape.Of(PlannedItem.From("", yearly)).PeriodStarting(start.Year) == new WindowPeriod(start, end);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            // A rule the planner cannot roll forward is compared by its dates only.
            return false;
        }
    }

    private static bool ResidentsOverlap(ExtractedItem first, ExtractedItem second, UnitDirectory units)
    {
        var one = ResidentAudienceBuilder.From(first, units, coverageYear: null);
        var other = ResidentAudienceBuilder.From(second, units, coverageYear: null);
        return RegionsOverlap(one.Regions, other.Regions) && Intersect(one.Categories, other.Categories) && Intersect(one.Flags, other.Flags);
    }

    /// <summary>Empty means everywhere; "baotou" and "baotou.kundulun" overlap.</summary>
    private static bool RegionsOverlap(IReadOnlyList<string> one, IReadOnlyList<string> other) =>
        one.Count == 0 || other.Count == 0
        || one.Any(a => other.Any(b => a == b || a.StartsWith(b + ".", StringComparison.Ordinal) || b.StartsWith(a + ".", StringComparison.Ordinal)));

    /// <summary>Empty means no restriction, so it meets anything.</summary>
    private static bool Intersect(IReadOnlyList<string> one, IReadOnlyList<string> other) =>
        one.Count == 0 || other.Count == 0 || one.Intersect(other, StringComparer.Ordinal).Any();

    private static bool LeadUnitsOverlap(ExtractedItem first, ExtractedItem second) =>
        (first.LeadUnits.Count == 0 && second.LeadUnits.Count == 0)
        || first.LeadUnits.Select(UnitKey).Intersect(second.LeadUnits.Select(UnitKey), StringComparer.Ordinal).Any();

    private static string UnitKey(UnitRef unit) => unit.UnitId ?? unit.Name;
}
