using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>GET /api/policies/{id}/items[?state=proposed&amp;needsReview=true]: a policy's extracted items in source order.</summary>
public sealed class ListPolicyItems : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(ListPolicyItems), "GET", "policies/{id}/items");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string id, string? state, bool? needsReview, PolicyItemStore store, CancellationToken cancellationToken)
    {
        var items = await store.ListItemsAsync(id, cancellationToken);
        return Results.Ok(items
            .Where(item => state is null || item.ReviewState == state)
            .Where(item => needsReview is null || item.Item.NeedsReview == needsReview)
            .Select(item => PolicyItemView.From(item)));
    }
}
