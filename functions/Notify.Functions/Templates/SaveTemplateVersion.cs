using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/versions: save new texts as a draft version (validated first; nothing invalid is stored).</summary>
public sealed class SaveTemplateVersion(TemplateEditing editing)
{
    [Function(nameof(SaveTemplateVersion))]
    [RequireApiKey(ApiRole.Editor)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "templates/{key}/versions")] HttpRequest request, string key, CancellationToken cancellationToken)
    {
        var json = await request.ReadJsonAsync<TemplateSubmission>(optional: false, cancellationToken);
        if (json.Problem is { } invalidJson)
        {
            return invalidJson;
        }

        return await HandleAsync(key, json.Value!, editing, request.HttpContext, cancellationToken);
    }

    private static Task<IResult> HandleAsync(string key, TemplateSubmission submission, TemplateEditing editing, HttpContext context, CancellationToken cancellationToken)
    {
        var (actor, keyId) = TemplateWorkflow.Caller(context.User);
        return editing.SaveDraftAsync(key, submission, actor, keyId, cancellationToken);
    }
}
