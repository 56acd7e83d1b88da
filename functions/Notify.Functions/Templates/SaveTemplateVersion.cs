using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/versions: save new texts as a draft version (validated first; nothing invalid is stored).</summary>
public sealed class SaveTemplateVersion : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(SaveTemplateVersion), "POST", "templates/{key}/versions", ApiRole.Editor);

    public static Delegate Handler { get; } = HandleAsync;

    private static Task<IResult> HandleAsync(string key, TemplateSubmission submission, TemplateEditing editing, HttpContext context, CancellationToken cancellationToken)
    {
        var (actor, keyId) = TemplateWorkflow.Caller(context.User);
        return editing.SaveDraftAsync(key, submission, actor, keyId, cancellationToken);
    }
}
