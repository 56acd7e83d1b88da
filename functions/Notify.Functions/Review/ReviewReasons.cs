using Notify.Core.Extraction;
using Notify.Core.Notices;

namespace Notify.Functions.Review;

/// <summary>
/// Recomputes an item's reasons for review (and so its <c>needsReview</c>) from what it is now, after a parse or an
/// edit. Unit reasons (<see cref="ReviewRule"/>) and decisions still missing (notice kind, program name, task) are made
/// afresh, so a fixed unit or a set program name drops its reason. A date or year worked out by the extractor counts
/// until a person sets the date or end date; the extraction's doubt about the timing counts until a person sets the
/// kind, date, end date or recurrence.
/// </summary>
public static class ReviewReasons
{
    /// <summary>A review decision (notice kind, program name, task) nobody has made yet.</summary>
    public const string MissingDecisionCode = "decision-missing";

    private const string SetPrefix = "; set ";

    public static ExtractedItem Recompute(ExtractedItem before, ExtractedItem after, ItemDecisions decisions, bool timingSet = false)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(decisions);
        var kept = before.Reasons.Where(reason => CodeOf(reason) switch
        {
            ReviewRule.TimingDoubtCode => !timingSet,
            ReviewRule.DateInferredCode => after.DateInferred,
            _ => false,
        });
        var units = ReviewRule.UnitReasons(after, before.Reasons);
        var missing = MissingDecisions(after.Audience, decisions);
        return after with { Reasons = [.. kept, .. units, .. missing] };
    }

    /// <summary>The reasons the item had before that it no longer has: what an edit cleared.</summary>
    public static IReadOnlyList<string> Cleared(ExtractedItem before, ExtractedItem after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. before.Reasons.Except(after.Reasons, StringComparer.Ordinal)];
    }

    /// <summary>Each reason with the cause it stands for, as the review API shows them.</summary>
    public static IReadOnlyList<ReviewReason> Explain(ExtractedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return [.. item.Reasons.Select(reason => new ReviewReason(CodeOf(reason), reason))];
    }

    private static string CodeOf(string reason) =>
        reason.Contains(SetPrefix, StringComparison.Ordinal) ? MissingDecisionCode : ReviewRule.CodeOf(reason);

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
}
