using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Templates;

/// <summary>GET /api/templates: every notice kind with its latest and active version.</summary>
public sealed class ListTemplates(TemplateStore store)
{
    [Function(nameof(ListTemplates))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "templates")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(store, cancellationToken);

    private static async Task<IResult> HandleAsync(TemplateStore store, CancellationToken cancellationToken) =>
        Results.Ok((await store.ListHeadsAsync(cancellationToken)).Select(head => new { head.Key, head.LatestVersion, head.ActiveVersion }));
}
