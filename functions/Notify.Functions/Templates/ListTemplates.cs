using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>GET /api/templates: every notice kind with its latest and active version.</summary>
public sealed class ListTemplates : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(ListTemplates), "GET", "templates");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(TemplateStore store, CancellationToken cancellationToken) =>
        Results.Ok((await store.ListHeadsAsync(cancellationToken)).Select(head => new { head.Key, head.LatestVersion, head.ActiveVersion }));
}
