using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/validate: check texts against the kind's schema and channel rules without saving.</summary>
public sealed class ValidateTemplate : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(ValidateTemplate), "POST", "templates/{key}/validate", ApiRole.Editor);

    public static Delegate Handler { get; } = Handle;

    private static IResult Handle(string key, TemplateSubmission submission, TemplateEditing editing) =>
        editing.Validate(key, submission.ToContent(key)) is { } issues
            ? Results.Ok(new { valid = issues.Count == 0, issues })
            : TemplateEditing.UnknownKind(key);
}
