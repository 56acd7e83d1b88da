using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>POST /api/policies/{id}/items/{itemId}/approve: the item may now be scheduled.</summary>
public sealed class ApprovePolicyItem : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(ApprovePolicyItem), "POST", "policies/{id}/items/{itemId}/approve", ApiRole.Approver);

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string id, string itemId, ReviewNote? body, ItemReview review, HttpContext context, CancellationToken cancellationToken) =>
        ReviewResults.From(
            await review.ApproveAsync(id, itemId, ReviewResults.Actor(context.User), body?.Note, ReviewResults.IfMatch(context.Request), cancellationToken),
            context);
}
