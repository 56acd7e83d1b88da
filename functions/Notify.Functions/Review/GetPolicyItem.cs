using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Review;

/// <summary>GET /api/policies/{id}/items/{itemId}: one item with its review history; the ETag header guards edits.</summary>
public sealed class GetPolicyItem(PolicyItemStore store)
{
    [Function(nameof(GetPolicyItem))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies/{id}/items/{itemId}")] HttpRequest request, string id, string itemId, CancellationToken cancellationToken) =>
        HandleAsync(id, itemId, store, request.HttpContext, cancellationToken);

    private static async Task<IResult> HandleAsync(string id, string itemId, PolicyItemStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var entity = await store.FindItemEntityAsync(id, itemId, cancellationToken);
        if (entity is null)
        {
            return ReviewResults.From(ReviewOutcome.NotFound(id, itemId), context);
        }

        var item = PolicyItemEntities.ToItem(entity);
        context.Response.Headers.ETag = item.ETag;
        return Results.Ok(PolicyItemView.From(item, await store.ListHistoryAsync(id, itemId, cancellationToken)));
    }
}
