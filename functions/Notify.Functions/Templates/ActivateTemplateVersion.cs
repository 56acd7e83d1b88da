using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/versions/{version}/activate: make an approved version the one sends use (also a rollback).</summary>
public sealed class ActivateTemplateVersion : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } =
        FunctionDeclaration.Http(nameof(ActivateTemplateVersion), "POST", "templates/{key}/versions/{version:int}/activate", ApiRole.Approver);

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string key, int version, TemplateWorkflow workflow, CancellationToken cancellationToken) =>
        (await workflow.ActivateAsync(key, version, cancellationToken)).ToResult();
}
