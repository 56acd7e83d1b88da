using System.Globalization;
using Notify.Core.Items;

namespace Notify.Core.Extraction;

/// <summary>
/// When an item needs review, in one place: each cause (a doubt about the timing, a date or year worked out rather
/// than read, a unit not in the directory, a task with no unit) gives one reason that says what is doubtful and what
/// to do. An item needs review exactly when it has a reason.
/// </summary>
public static class ReviewRule
{
    /// <summary>The extractor doubts the timing it read (vague words, no year anywhere, a date it could not resolve).</summary>
    public const string TimingDoubtCode = "timing-doubt";

    /// <summary>The date or its year was worked out from the document rather than written.</summary>
    public const string DateInferredCode = "date-inferred";

    /// <summary>A named unit is not in the unit directory.</summary>
    public const string UnknownUnitCode = "unknown-unit";

    /// <summary>A task names no responsible unit.</summary>
    public const string NoUnitCode = "no-unit";

    public const string NoUnitReason = "No unit is named for this task: choose the responsible unit.";

    private const string UnknownUnitMarker = " is not in the unit directory";
    private const string InferredMarker = "; check the date.";
    private const string YearSourcePrefix = "year ";
    private const string YearSourceMarker = " taken from ";

    /// <summary>The reasons an extracted item needs review, from what was read and who was found responsible.</summary>
    public static IReadOnlyList<string> ForExtraction(TimeMention mention, ItemAudience audience, IReadOnlyList<UnitRef> units, string? issuer)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(units);
        var reasons = new List<string>();
        if (mention.NeedsReview)
        {
            reasons.Add(TimingDoubt(mention.Reasons));
        }

        if (IsInferred(mention))
        {
            reasons.Add(InferredDate(mention));
        }

        reasons.AddRange(units.Where(unit => unit.UnitId is null).Select(unit => UnknownUnit(unit.Name, issuer)));
        if (NeedsUnit(mention.Kind, audience, units.Count))
        {
            reasons.Add(NoUnitReason);
        }

        return reasons;
    }

    /// <summary>The mention's date or end date was worked out rather than written.</summary>
    public static bool IsInferred(TimeMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Inferred && (mention.Date is not null || mention.EndDate is not null);
    }

    /// <summary>The unit reasons of an item as it is now; a unit already flagged keeps the words it was flagged with (they name the issuer).</summary>
    public static IEnumerable<string> UnitReasons(ExtractedItem item, IReadOnlyList<string> earlier)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(earlier);
        foreach (var unknown in item.LeadUnits.Concat(item.CooperatingUnits).Where(unit => unit.UnitId is null))
        {
            var start = unknown.Name + UnknownUnitMarker;
            yield return earlier.FirstOrDefault(reason => reason.StartsWith(start, StringComparison.Ordinal)) ?? UnknownUnit(unknown.Name, issuer: null);
        }

        if (NeedsUnit(item.Kind, item.Audience, item.LeadUnits.Count + item.CooperatingUnits.Count))
        {
            yield return NoUnitReason;
        }
    }

    /// <summary>Which cause a reason made by this rule stands for; reasons of unknown make count as doubts about the timing.</summary>
    public static string CodeOf(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (reason == NoUnitReason)
        {
            return NoUnitCode;
        }

        if (reason.Contains(UnknownUnitMarker, StringComparison.Ordinal))
        {
            return UnknownUnitCode;
        }

        return reason.EndsWith(InferredMarker, StringComparison.Ordinal) ? DateInferredCode : TimingDoubtCode;
    }

    public static string UnknownUnit(string name, string? issuer) => issuer is null
        ? $"{name}{UnknownUnitMarker}: it will be routed to the issuing office — pick a unit or add it to the directory."
        : $"{name}{UnknownUnitMarker}: it will be routed to the issuing office ({issuer}) — pick a unit or add it to the directory.";

    private static bool NeedsUnit(ItemKind kind, ItemAudience audience, int unitCount) =>
        audience == ItemAudience.Units && unitCount == 0 && kind is ItemKind.Deadline or ItemKind.Recurring;

    private static string TimingDoubt(IReadOnlyList<string> doubts) => doubts.Count == 0
        ? "The date could not be worked out from the text: set it from the quote, or reject the item."
        : $"The timing is uncertain ({string.Join("; ", doubts)}): check it against the quote and set the date, end date or recurrence.";

    private static string InferredDate(TimeMention mention)
    {
        var yearSource = mention.Reasons.FirstOrDefault(reason =>
            reason.StartsWith(YearSourcePrefix, StringComparison.Ordinal) && reason.Contains(YearSourceMarker, StringComparison.Ordinal));
        if (yearSource is not null)
        {
            var source = yearSource.Replace(YearSourceMarker, " was taken from ", StringComparison.Ordinal)
                .Replace("the document context", "the document's title or signing date", StringComparison.Ordinal);
            return $"The {source}{InferredMarker}";
        }

        var what = mention.Recurrence is null ? "date" : "first occurrence";
        var date = (mention.Date ?? mention.EndDate)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // A doubt about the timing already quotes the extractor's words; the inference need not repeat them.
        var how = mention.Reasons.Count == 0 || mention.NeedsReview ? "" : $" ({mention.Reasons[0]})";
        return $"The {what} {date} was worked out from the document, not written in full{how}{InferredMarker}";
    }
}
