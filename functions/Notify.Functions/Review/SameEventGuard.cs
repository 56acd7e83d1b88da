using Notify.Core.Notices;

namespace Notify.Functions.Review;

/// <summary>
/// Refuses approval of an item flagged as describing the same event as another (<see cref="ItemDecisions.SameAs"/>)
/// until the pair is decided: one merged into the other, or either kept apart from the other. Flagged items that were
/// rejected or no longer exist need no decision; an item merged into another sends nothing, so it needs none either.
/// </summary>
public sealed class SameEventGuard(PolicyItemStore items) : IApprovalGuard
{
    public async Task<string?> BlockerAsync(PolicyItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var decisions = item.Decisions;
        if (decisions.MergedInto is not null)
        {
            return null;
        }

        var self = ItemDecisions.Reference(item.PolicyId, item.Id);
        foreach (var reference in (decisions.SameAs ?? []).Except(decisions.KeptApartFrom ?? [], StringComparer.Ordinal))
        {
            var other = await items.FindByReferenceAsync(reference, cancellationToken);
            if (other is null || other.ReviewState == ReviewState.Rejected || Decided(other.Decisions, self))
            {
                continue;
            }

            return $"Same as item {reference} ({SameEvent.Dates(other.Item)}): merge it (PATCH mergeInto) or keep it apart (PATCH keepApartFrom) before approving.";
        }

        return null;
    }

    private static bool Decided(ItemDecisions other, string self) =>
        other.MergedInto == self || other.KeptApartFrom?.Contains(self, StringComparer.Ordinal) == true;
}
