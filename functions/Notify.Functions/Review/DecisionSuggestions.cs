using Notify.Core.Extraction;
using Notify.Functions.Ingest;

namespace Notify.Functions.Review;

/// <summary>Runs every registered <see cref="IDecisionSuggester"/> over the items of a parse.</summary>
public sealed class DecisionSuggestions(IEnumerable<IDecisionSuggester> suggesters)
{
    public async Task<IReadOnlyList<ItemDecisions>> SuggestAsync(PolicyRecord policy, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var all = new List<ItemDecisions>(extraction.Items.Count);
        for (var index = 0; index < extraction.Items.Count; index++)
        {
            var context = new DecisionContext(policy, PolicyItemEntities.ItemRow(index), extraction, extraction.Items[index]);
            var decisions = ItemDecisions.None;
            foreach (var suggester in suggesters)
            {
                decisions = await suggester.SuggestAsync(context, decisions, cancellationToken);
            }

            all.Add(decisions);
        }

        return all;
    }
}
