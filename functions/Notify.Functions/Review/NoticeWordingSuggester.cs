using Notify.Core.Extraction;
using Notify.Core.Notices;

namespace Notify.Functions.Review;

/// <summary>
/// Suggests how an item's messages speak: for residents the notice kind (<see cref="ResidentNoticeClassifier"/>) and
/// the short program name, for units the task sentence. What cannot be made well is left empty, and the item's
/// reasons then ask the reviewer to set it (<see cref="ReviewReasons"/>).
/// </summary>
public sealed class NoticeWordingSuggester : IDecisionSuggester
{
    public Task<ItemDecisions> SuggestAsync(DecisionContext context, ItemDecisions suggested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(suggested);
        var item = context.Item;
        if (item.Audience == ItemAudience.Units)
        {
            return Task.FromResult(suggested with { Task = suggested.Task ?? TaskSentenceSuggester.Suggest(item).Text });
        }

        var kind = ResidentNoticeKinds.TryParse(suggested.NoticeKind, out var given) ? given : ResidentNoticeClassifier.Classify(item);
        var title = DocumentTitle(context) ?? context.Policy.Title;
        return Task.FromResult(suggested with
        {
            NoticeKind = ResidentNoticeKinds.Name(kind),
            ProgramName = suggested.ProgramName ?? ProgramNameSuggester.Suggest(item, kind, title).Text,
        });
    }

    /// <summary>The title of the document the item stands in (the last document starting at or before its line).</summary>
    private static string? DocumentTitle(DecisionContext context) => context.Extraction.Documents
        .Where(document => document.Line <= context.Item.Line)
        .OrderByDescending(document => document.Line)
        .Select(document => document.Title)
        .FirstOrDefault();
}
