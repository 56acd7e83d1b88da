using Notify.Core.Extraction;

namespace Notify.Functions.Review;

/// <summary>
/// Refuses approval until messages can say what the item is: a resident item needs its notice kind and program name,
/// a unit item its task sentence. The refusal names the PATCH field to set.
/// </summary>
public sealed class NoticeWordingGuard : IApprovalGuard
{
    public Task<string?> BlockerAsync(PolicyItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var decisions = item.Decisions;
        var blocker = item.Item.Audience switch
        {
            ItemAudience.Residents when decisions.NoticeKind is null =>
                "The item has no notice kind; choose one (PATCH noticeKind: contribution-window, benefit-application, subsidy-payment, rule-in-effect or information) before approving it.",
            ItemAudience.Residents when decisions.ProgramName is null =>
                $"The item has no program name for its messages; give one of at most {DecisionEditValidator.MaxProgramName} characters (PATCH programName) before approving it.",
            ItemAudience.Units when decisions.Task is null =>
                $"The item has no task sentence for its messages; give one of at most {DecisionEditValidator.MaxTask} characters, such as 报送城乡居民参保进度 (PATCH task), before approving it.",
            _ => null,
        };
        return Task.FromResult(blocker);
    }
}
