using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>POST /api/policies/{id}/items/{itemId}/reject: the item is not time-bound work; nothing is scheduled from it.</summary>
public sealed class RejectPolicyItem : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(RejectPolicyItem), "POST", "policies/{id}/items/{itemId}/reject", ApiRole.Approver);

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string id, string itemId, ReviewNote? body, ItemReview review, HttpContext context, CancellationToken cancellationToken) =>
        ReviewResults.From(
            await review.RejectAsync(id, itemId, ReviewResults.Actor(context.User), body?.Note, ReviewResults.IfMatch(context.Request), cancellationToken),
            context);
}
