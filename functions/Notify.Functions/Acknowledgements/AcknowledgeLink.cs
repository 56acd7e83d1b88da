using Notify.Functions.Hosting;

namespace Notify.Functions.Acknowledgements;

/// <summary>POST /api/a/{token} (public): the unit confirms it received the task; repeating it changes nothing.</summary>
public sealed class AcknowledgeLink : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } =
        FunctionDeclaration.PublicHttp(nameof(AcknowledgeLink), "POST", AcknowledgementLinks.RouteSegment + "/{token}");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string token, AcknowledgementPages pages, HttpContext context, CancellationToken cancellationToken) =>
        (await pages.AcknowledgeAsync(token, AcknowledgementVisitor.From(context), cancellationToken)).ToResult();
}
