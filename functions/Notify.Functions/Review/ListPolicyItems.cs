using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Ingest;

namespace Notify.Functions.Review;

/// <summary>
/// GET /api/policies/{id}/items[?state=proposed&amp;needsReview=true&amp;flagged=true]: a policy's extracted items in source
/// order; flagged=true keeps those flagged as describing the same event as another item (decisions.sameAs). An unknown
/// policy is a 404, never an empty list.
/// </summary>
public sealed class ListPolicyItems(PolicyItemStore store, PolicyStore policies)
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

        if (!request.TryQuery<bool>("flagged", out var flagged, out var flaggedProblem))
        {
            return flaggedProblem;
        }

        return await policies.FindAsync(id, cancellationToken) is null
            ? PolicyProblems.NotFound(id)
            : await HandleAsync(id, state, needsReview, flagged, store, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string id, string? state, bool? needsReview, bool? flagged, PolicyItemStore store, CancellationToken cancellationToken)
    {
        var items = await store.ListItemsAsync(id, cancellationToken);
        return Results.Ok(items
            .Where(item => state is null || item.ReviewState == state)
            .Where(item => needsReview is null || item.Item.NeedsReview == needsReview)
            .Where(item => flagged is null || item.Decisions.SameAs is { Count: > 0 } == flagged)
            .Select(item => PolicyItemView.From(item)));
    }
}
