using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Templates;

/// <summary>GET /api/templates/{key}: a notice kind's versions (newest first) and which one is active.</summary>
public sealed class GetTemplate(TemplateStore store)
{
    [Function(nameof(GetTemplate))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "templates/{key}")] HttpRequest request, string key, CancellationToken cancellationToken) =>
        HandleAsync(key, store, cancellationToken);

    private static async Task<IResult> HandleAsync(string key, TemplateStore store, CancellationToken cancellationToken)
    {
        var head = await store.FindHeadAsync(key, cancellationToken);
        if (head is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such template", detail: $"There is no template '{key}'.");
        }

        var versions = await store.ListVersionsAsync(key, cancellationToken);
        return Results.Ok(new
        {
            head.Key,
            head.LatestVersion,
            head.ActiveVersion,
            Versions = versions.OrderByDescending(v => v.Version).Select(v => TemplateVersionView.From(v, withContent: false)),
        });
    }
}
