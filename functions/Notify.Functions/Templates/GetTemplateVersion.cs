using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>GET /api/templates/{key}/versions/{version}: one version with its full content.</summary>
public sealed class GetTemplateVersion : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(GetTemplateVersion), "GET", "templates/{key}/versions/{version:int}");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string key, int version, TemplateStore store, CancellationToken cancellationToken) =>
        await store.FindVersionAsync(key, version, cancellationToken) is { } found
            ? Results.Ok(TemplateVersionView.From(found))
            : TemplateOutcome.NotFound(key, version).ToResult();
}
