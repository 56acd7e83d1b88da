using Notify.Functions.Hosting;

namespace Notify.Functions.Acknowledgements;

/// <summary>GET /api/a/{token} (public; the signed token is the credential): the unit's task and a "确认收到" button.</summary>
public sealed class ViewAcknowledgementLink : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } =
        FunctionDeclaration.PublicHttp(nameof(ViewAcknowledgementLink), "GET", AcknowledgementLinks.RouteSegment + "/{token}");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string token, AcknowledgementPages pages, HttpContext context, CancellationToken cancellationToken) =>
        (await pages.ViewAsync(token, AcknowledgementVisitor.From(context), cancellationToken)).ToResult();
}
