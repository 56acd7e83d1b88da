using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>POST /api/policies/{id}/items/{itemId}/approve: the item may now be scheduled.</summary>
public sealed class ApprovePolicyItem(ItemReview review)
{
    [Function(nameof(ApprovePolicyItem))]
    [RequireApiKey(ApiRole.Approver)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "policies/{id}/items/{itemId}/approve")] HttpRequest request, string id, string itemId, CancellationToken cancellationToken)
    {
        var json = await request.ReadJsonAsync<ReviewNote>(optional: true, cancellationToken);
        if (json.Problem is { } invalidJson)
        {
            return invalidJson;
        }

        return await HandleAsync(id, itemId, json.Value, review, request.HttpContext, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string id, string itemId, ReviewNote? body, ItemReview review, HttpContext context, CancellationToken cancellationToken) =>
        ReviewResults.From(
            await review.ApproveAsync(id, itemId, ReviewResults.Actor(context.User), body?.Note, ReviewResults.IfMatch(context.Request), cancellationToken),
            context);
}
