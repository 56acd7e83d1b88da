using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Acknowledgements;

/// <summary>POST /api/a/{token} (public): the unit confirms it received the task; repeating it changes nothing.</summary>
public sealed class AcknowledgeLink(AcknowledgementPages pages)
{
    [Function(nameof(AcknowledgeLink))]
    [PublicEndpoint]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AcknowledgementLinks.RouteSegment + "/{token}")] HttpRequest request, string token, CancellationToken cancellationToken) =>
        HandleAsync(token, pages, request.HttpContext, cancellationToken);

    private static async Task<IResult> HandleAsync(string token, AcknowledgementPages pages, HttpContext context, CancellationToken cancellationToken) =>
        (await pages.AcknowledgeAsync(token, AcknowledgementVisitor.From(context), cancellationToken)).ToResult();
}
