using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>GET /api/policies/{id}/items[?state=proposed&amp;needsReview=true]: a policy's extracted items in source order.</summary>
public sealed class ListPolicyItems(PolicyItemStore store)
{
    [Function(nameof(ListPolicyItems))]
    [RequireApiKey]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies/{id}/items")] HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var state = request.Query("state");
        if (!request.TryQuery<bool>("needsReview", out var needsReview, out var needsReviewProblem))
        {
            return needsReviewProblem;
        }

        return await HandleAsync(id, state, needsReview, store, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string id, string? state, bool? needsReview, PolicyItemStore store, CancellationToken cancellationToken)
    {
        var items = await store.ListItemsAsync(id, cancellationToken);
        return Results.Ok(items
            .Where(item => state is null || item.ReviewState == state)
            .Where(item => needsReview is null || item.Item.NeedsReview == needsReview)
            .Select(item => PolicyItemView.From(item)));
    }
}
