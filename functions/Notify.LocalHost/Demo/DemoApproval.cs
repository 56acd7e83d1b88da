using Notify.Functions.Review;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step e: approves every proposed item of the demo's policies that <see cref="ItemReview.ApprovalBlockerAsync"/>
/// allows, through <see cref="ItemReview"/> like the approve endpoint, as <see cref="Actor"/> with <see cref="Note"/>, so
/// the item's history says plainly that no person reviewed it. Approved and rejected items are left as they are.
/// Before approving, an item flagged as the same event as earlier items of the demo's policies is merged into the
/// earliest of them, and kept apart from flagged items of other policies (the demo cannot vouch for those), both
/// edits made as <see cref="Actor"/> too.
/// </summary>
public sealed class DemoApproval(PolicyItemStore items, ItemReview review)
{
    public const string Actor = "demo-mode";

    public const string Note = "Approved automatically by `notify demo` — demo mode, not a human review";

    public async Task<DemoApprovalTally> ApproveAsync(IEnumerable<string> policyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policyIds);
        var policies = policyIds.ToList();
        await DecideFlaggedAsync(policies, cancellationToken);
        int approved = 0, blocked = 0, skipped = 0;
        foreach (var policyId in policies)
        {
            foreach (var item in (await items.ListItemsAsync(policyId, cancellationToken)).Where(item => item.ReviewState == ReviewState.Proposed))
            {
                if (await review.ApprovalBlockerAsync(item, cancellationToken) is not null)
                {
                    blocked++;
                    continue;
                }

                var outcome = await review.ApproveAsync(policyId, item.Id, Actor, Note, item.ETag, cancellationToken);
                if (outcome.Kind == ReviewOutcomeKind.Done)
                {
                    approved++;
                }
                else
                {
                    skipped++;
                }
            }
        }

        return new DemoApprovalTally(approved, blocked, skipped);
    }

    private async Task DecideFlaggedAsync(List<string> policies, CancellationToken cancellationToken)
    {
        var all = new List<PolicyItem>();
        foreach (var policyId in policies)
        {
            all.AddRange((await items.ListItemsAsync(policyId, cancellationToken)).OrderBy(item => item.Id, StringComparer.Ordinal));
        }

        // Demo order: the demo's policies as given, each in source order; "earlier" means first in it.
        var order = all.Select((item, index) => (Reference: ItemDecisions.Reference(item.PolicyId, item.Id), index))
            .ToDictionary(pair => pair.Reference, pair => pair.index, StringComparer.Ordinal);
        foreach (var item in all.Where(item => item.ReviewState == ReviewState.Proposed && item.Decisions.MergedInto is null))
        {
            var self = order[ItemDecisions.Reference(item.PolicyId, item.Id)];
            var flagged = item.Decisions.SameAs ?? [];
            var earliest = flagged.Where(reference => order.GetValueOrDefault(reference, int.MaxValue) < self).MinBy(reference => order[reference]);
            var keptApart = item.Decisions.KeptApartFrom ?? [];
            var outside = flagged.Where(reference => !order.ContainsKey(reference) && !keptApart.Contains(reference, StringComparer.Ordinal)).ToList();
            if (earliest is not null || outside.Count > 0)
            {
                await review.EditAsync(item.PolicyId, item.Id, new ItemEdit(
                    MergeInto: earliest,
                    KeepApartFrom: outside.Count > 0 ? [.. keptApart, .. outside] : null), Actor, item.ETag, cancellationToken);
            }
        }
    }
}
