using Notify.Core.Notices;
using Notify.Core.Units;
using Notify.Functions.Ingest;

namespace Notify.Functions.Review;

/// <summary>
/// Flags the items that describe the same window or deadline as the one being parsed (<see cref="SameEvent"/>): the
/// policy's other items, and the items of other stored policies that were not rejected, which get the new item added
/// to their own flags. A policy is not compared with an earlier upload of the identical file (that is a copy, and the
/// send-time event key keeps its messages from going out twice), nor with items whose policy was deleted.
/// </summary>
public sealed class SameEventSuggester(PolicyItemStore items, PolicyStore policies) : IDecisionSuggester
{
    private readonly UnitDirectory _units = UnitDirectory.LoadDefault();

    public async Task<ItemDecisions> SuggestAsync(DecisionContext context, ItemDecisions suggested, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(suggested);
        var self = ItemDecisions.Reference(context.Policy.Id, context.ItemId);
        var sameAs = new List<string>(suggested.SameAs ?? []);
        sameAs.AddRange(context.Extraction.Items
            .Select((other, index) => (Other: other, Id: PolicyItemEntities.ItemRow(index)))
            .Where(pair => pair.Id != context.ItemId && SameEvent.Matches(context.Item, pair.Other, _units))
            .Select(pair => ItemDecisions.Reference(context.Policy.Id, pair.Id)));
        foreach (var other in await OtherPoliciesItemsAsync(context, cancellationToken))
        {
            if (SameEvent.Matches(context.Item, other.Item, _units))
            {
                sameAs.Add(ItemDecisions.Reference(other.PolicyId, other.Id));
                await items.AddSameAsAsync(other.PolicyId, other.Id, self, cancellationToken);
            }
        }

        return sameAs.Count == 0 ? suggested : suggested with { SameAs = [.. sameAs.Distinct(StringComparer.Ordinal)] };
    }

    private async Task<IEnumerable<PolicyItem>> OtherPoliciesItemsAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var candidates = await items.ListOtherItemsAsync(context.Policy.Id, context.Item.Audience, cancellationToken);
        var comparable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var policyId in candidates.Select(item => item.PolicyId).Distinct(StringComparer.Ordinal))
        {
            if (await policies.FindAsync(policyId, cancellationToken) is { } policy && policy.Sha256 != context.Policy.Sha256)
            {
                comparable.Add(policyId);
            }
        }

        return candidates.Where(item => comparable.Contains(item.PolicyId));
    }
}
