using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>PATCH /api/policies/{id}/items/{itemId}: correct an item's kind, dates, recurrence, units or groups.</summary>
public sealed class EditPolicyItem : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(EditPolicyItem), "PATCH", "policies/{id}/items/{itemId}", ApiRole.Editor);

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string id, string itemId, ItemEdit edit, ItemReview review, HttpContext context, CancellationToken cancellationToken) =>
        ReviewResults.From(
            await review.EditAsync(id, itemId, edit, ReviewResults.Actor(context.User), ReviewResults.IfMatch(context.Request), cancellationToken),
            context);
}
