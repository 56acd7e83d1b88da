using Notify.Functions.Review;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step e: approves every proposed item of the demo's policies that <see cref="ItemReview.ApprovalBlockerAsync"/>
/// allows, through <see cref="ItemReview"/> like the approve endpoint, as <see cref="Actor"/> with <see cref="Note"/>, so
/// the item's history says plainly that no person reviewed it. Approved and rejected items are left as they are.
/// </summary>
public sealed class DemoApproval(PolicyItemStore items, ItemReview review)
{
    public const string Actor = "demo-mode";

    public const string Note = "Approved automatically by `notify demo` — demo mode, not a human review";

    public async Task<DemoApprovalTally> ApproveAsync(IEnumerable<string> policyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policyIds);
        int approved = 0, blocked = 0, skipped = 0;
        foreach (var policyId in policyIds)
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
}
