using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Acknowledgements;

/// <summary>GET /api/a/{token} (public; the signed token is the credential): the unit's task and a "确认收到" button.</summary>
public sealed class ViewAcknowledgementLink(AcknowledgementPages pages)
{
    [Function(nameof(ViewAcknowledgementLink))]
    [PublicEndpoint]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AcknowledgementLinks.RouteSegment + "/{token}")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        HandleAsync(token, pages, request.HttpContext, cancellationToken);

    private static async Task<IResult> HandleAsync(string token, AcknowledgementPages pages, HttpContext context, CancellationToken cancellationToken) =>
        (await pages.ViewAsync(token, AcknowledgementVisitor.From(context), cancellationToken)).ToResult();
}
