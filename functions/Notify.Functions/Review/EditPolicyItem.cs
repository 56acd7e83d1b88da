using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>PATCH /api/policies/{id}/items/{itemId}: correct an item's kind, dates, recurrence, units or groups.</summary>
public sealed class EditPolicyItem(ItemReview review)
{
    [Function(nameof(EditPolicyItem))]
    [RequireApiKey(ApiRole.Editor)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "policies/{id}/items/{itemId}")] HttpRequest request, string id, string itemId, CancellationToken cancellationToken)
    {
        var json = await request.ReadJsonAsync<ItemEdit>(optional: false, cancellationToken);
        if (json.Problem is { } invalidJson)
        {
            return invalidJson;
        }

        return await HandleAsync(id, itemId, json.Value!, review, request.HttpContext, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string id, string itemId, ItemEdit edit, ItemReview review, HttpContext context, CancellationToken cancellationToken) =>
        ReviewResults.From(
            await review.EditAsync(id, itemId, edit, ReviewResults.Actor(context.User), ReviewResults.IfMatch(context.Request), cancellationToken),
            context);
}
