using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>GET /api/templates/{key}/versions/{version}/diff?against=N: placeholders added and removed, for approvers.</summary>
public sealed class DiffTemplateVersions(TemplateEditing editing)
{
    [Function(nameof(DiffTemplateVersions))]
    [RequireApiKey]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "templates/{key}/versions/{version:int}/diff")] HttpRequest request, string key, int version, CancellationToken cancellationToken)
    {
        if (!request.TryQuery<int>("against", out var againstValue, out var againstProblem, required: true))
        {
            return againstProblem;
        }

        return await HandleAsync(key, version, againstValue!.Value, editing, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string key, int version, int against, TemplateEditing editing, CancellationToken cancellationToken) =>
        await editing.DiffAsync(key, version, against, cancellationToken) is { } diff
            ? Results.Ok(diff)
            : TemplateOutcome.NotFound(key, version).ToResult();
}
