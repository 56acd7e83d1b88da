using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/versions/{version}/approve: an approver other than its editor approves a draft.</summary>
public sealed class ApproveTemplateVersion(TemplateWorkflow workflow)
{
    [Function(nameof(ApproveTemplateVersion))]
    [RequireApiKey(ApiRole.Approver)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "templates/{key}/versions/{version:int}/approve")] HttpRequest request, string key, int version, CancellationToken cancellationToken) =>
        HandleAsync(key, version, workflow, request.HttpContext, cancellationToken);

    private static async Task<IResult> HandleAsync(string key, int version, TemplateWorkflow workflow, HttpContext context, CancellationToken cancellationToken)
    {
        var (actor, keyId) = TemplateWorkflow.Caller(context.User);
        return (await workflow.ApproveAsync(key, version, actor, keyId, cancellationToken)).ToResult();
    }
}
