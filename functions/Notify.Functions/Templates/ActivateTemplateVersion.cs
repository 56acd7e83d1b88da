using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/versions/{version}/activate: make an approved version the one sends use (also a rollback).</summary>
public sealed class ActivateTemplateVersion(TemplateWorkflow workflow)
{
    [Function(nameof(ActivateTemplateVersion))]
    [RequireApiKey(ApiRole.Approver)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "templates/{key}/versions/{version:int}/activate")] HttpRequest request, string key, int version, CancellationToken cancellationToken) =>
        HandleAsync(key, version, workflow, request.HttpContext, cancellationToken);

    private static async Task<IResult> HandleAsync(string key, int version, TemplateWorkflow workflow, HttpContext context, CancellationToken cancellationToken)
    {
        var (actor, _) = TemplateWorkflow.Caller(context.User);
        return (await workflow.ActivateAsync(key, version, actor, cancellationToken)).ToResult();
    }
}
