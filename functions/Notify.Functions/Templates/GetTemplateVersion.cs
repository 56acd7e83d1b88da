using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Templates;

/// <summary>GET /api/templates/{key}/versions/{version}: one version with its full content.</summary>
public sealed class GetTemplateVersion(TemplateStore store)
{
    [Function(nameof(GetTemplateVersion))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "templates/{key}/versions/{version:int}")] HttpRequest request, string key, int version, CancellationToken cancellationToken) =>
        HandleAsync(key, version, store, cancellationToken);

    private static async Task<IResult> HandleAsync(string key, int version, TemplateStore store, CancellationToken cancellationToken) =>
        await store.FindVersionAsync(key, version, cancellationToken) is { } found
            ? Results.Ok(TemplateVersionView.From(found))
            : TemplateOutcome.NotFound(key, version).ToResult();
}
