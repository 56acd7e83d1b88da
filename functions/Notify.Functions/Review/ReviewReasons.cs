using Notify.Core.Extraction;
using Notify.Core.Notices;

namespace Notify.Functions.Review;

/// <summary>
/// Recomputes an item's <c>needsReview</c> and reasons from what it is now, after a parse or an edit: reasons about
/// units not in the directory, a task without a responsible unit and decisions still missing (notice kind, program
/// name, task) are made afresh, so a fixed unit or a set program name drops its reason; other reasons stay. The
/// extraction's own doubt about the timing counts until a person edits the kind, date, end date or recurrence.
/// </summary>
public static class ReviewReasons
{
    private const string UnknownUnitStart = "unit '";
    private const string UnknownUnitMiddle = "' is not in the directory";
    private const string NoResponsibleUnit = "no responsible unit is named for this task";
    private const string SetPrefix = "; set ";

    public static ExtractedItem Recompute(ExtractedItem before, ExtractedItem after, ItemDecisions decisions)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(decisions);
        var kept = after.Reasons.Where(reason => !IsRecomputed(reason)).ToList();
        var units = UnitReasons(after, before.Reasons).ToList();
        var missing = MissingDecisions(after.Audience, decisions).ToList();
        var timingDoubt = before.NeedsReview && !before.Reasons.Any(IsRecomputed) && !TimingEdited(before, after);
        return after with
        {
            NeedsReview = timingDoubt || units.Any(reason => reason != NoResponsibleUnit) || missing.Count > 0,
            Reasons = [.. kept, .. units, .. missing],
        };
    }

    private static bool IsRecomputed(string reason) =>
        reason == NoResponsibleUnit
        || reason.StartsWith(UnknownUnitStart, StringComparison.Ordinal) && reason.Contains(UnknownUnitMiddle, StringComparison.Ordinal)
        || reason.Contains(SetPrefix, StringComparison.Ordinal);

    private static IEnumerable<string> UnitReasons(ExtractedItem item, IReadOnlyList<string> earlier)
    {
        foreach (var unknown in item.LeadUnits.Concat(item.CooperatingUnits).Where(unit => unit.UnitId is null))
        {
            var start = $"{UnknownUnitStart}{unknown.Name}{UnknownUnitMiddle}";
            yield return earlier.FirstOrDefault(reason => reason.StartsWith(start, StringComparison.Ordinal)) ?? start;
        }

        if (item.Audience == ItemAudience.Units && item.LeadUnits.Count == 0 && item.CooperatingUnits.Count == 0 && earlier.Contains(NoResponsibleUnit))
        {
            yield return NoResponsibleUnit;
        }
    }

    private static IEnumerable<string> MissingDecisions(ItemAudience audience, ItemDecisions decisions)
    {
        if (audience == ItemAudience.Residents)
        {
            if (decisions.NoticeKind is null)
            {
                yield return $"no notice kind is chosen{SetPrefix}noticeKind";
            }

            if (decisions.ProgramName is null)
            {
                yield return $"no program name of at most {ProgramNameSuggester.MaxLength} characters could be made from the sentence or the title{SetPrefix}programName";
            }
        }
        else if (decisions.Task is null)
        {
            yield return $"no task sentence of at most {TaskSentenceSuggester.MaxLength} characters could be made from the sentence{SetPrefix}task";
        }
    }

    private static bool TimingEdited(ExtractedItem before, ExtractedItem after) =>
        before.Kind != after.Kind || before.Date != after.Date || before.EndDate != after.EndDate || before.Recurrence != after.Recurrence;
}
