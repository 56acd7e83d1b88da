using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/versions/{version}/approve: an approver other than its editor approves a draft.</summary>
public sealed class ApproveTemplateVersion : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } =
        FunctionDeclaration.Http(nameof(ApproveTemplateVersion), "POST", "templates/{key}/versions/{version:int}/approve", ApiRole.Approver);

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string key, int version, TemplateWorkflow workflow, HttpContext context, CancellationToken cancellationToken)
    {
        var (actor, keyId) = TemplateWorkflow.Caller(context.User);
        return (await workflow.ApproveAsync(key, version, actor, keyId, cancellationToken)).ToResult();
    }
}
