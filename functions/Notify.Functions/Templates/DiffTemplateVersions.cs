using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>GET /api/templates/{key}/versions/{version}/diff?against=N: placeholders added and removed, for approvers.</summary>
public sealed class DiffTemplateVersions : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(DiffTemplateVersions), "GET", "templates/{key}/versions/{version:int}/diff");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string key, int version, int against, TemplateEditing editing, CancellationToken cancellationToken) =>
        await editing.DiffAsync(key, version, against, cancellationToken) is { } diff
            ? Results.Ok(diff)
            : TemplateOutcome.NotFound(key, version).ToResult();
}
