using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Templates;

namespace Notify.Functions.Senders;

/// <summary>POST /api/senders/{authorityId}/versions/{version}/approve: an approver other than its editor approves a draft, which then is the profile in use.</summary>
public sealed class ApproveSenderProfile(SenderProfileWorkflow workflow)
{
    [Function(nameof(ApproveSenderProfile))]
    [RequireApiKey(ApiRole.Approver)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "senders/{authorityId}/versions/{version:int}/approve")] HttpRequest request, string authorityId, int version, CancellationToken cancellationToken) =>
        HandleAsync(authorityId, version, workflow, request.HttpContext, cancellationToken);

    private static async Task<IResult> HandleAsync(string authorityId, int version, SenderProfileWorkflow workflow, HttpContext context, CancellationToken cancellationToken)
    {
        var (actor, keyId) = TemplateWorkflow.Caller(context.User);
        return (await workflow.ApproveAsync(authorityId, version, actor, keyId, cancellationToken)).ToResult();
    }
}
