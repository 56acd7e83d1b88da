namespace Notify.Functions.Review;

/// <summary>
/// Suggests part of an item's <see cref="ItemDecisions"/> when its policy is parsed (the notice kind from the text and
/// amounts, the authority from the issuer, items describing the same event …). Suggesters run in registration order,
/// each given what the earlier ones suggested; the reviewer sees the result and may change it.
/// </summary>
public interface IDecisionSuggester
{
    Task<ItemDecisions> SuggestAsync(DecisionContext context, ItemDecisions suggested, CancellationToken cancellationToken);
}
