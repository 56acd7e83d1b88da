using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Review;

/// <summary>
/// GET /api/policies/{id}/items/{itemId}/preview: what approving the item now would send, per planned occurrence:
/// when, audience by region and channel, who cannot be reached and why, and sample messages per language and channel.
/// </summary>
public sealed class PreviewPolicyItem(PolicyItemStore store, ItemPreviewer previewer)
{
    [Function(nameof(PreviewPolicyItem))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies/{id}/items/{itemId}/preview")] HttpRequest request, string id, string itemId, CancellationToken cancellationToken) =>
        HandleAsync(id, itemId, store, previewer, request.HttpContext, cancellationToken);

    private static async Task<IResult> HandleAsync(string id, string itemId, PolicyItemStore store, ItemPreviewer previewer, HttpContext context, CancellationToken cancellationToken) =>
        await store.FindItemEntityAsync(id, itemId, cancellationToken) is { } entity
            ? Results.Ok(await previewer.PreviewAsync(PolicyItemEntities.ToItem(entity), cancellationToken))
            : ReviewResults.From(ReviewOutcome.NotFound(id, itemId), context);
}
