using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Templates;

/// <summary>POST /api/templates/{key}/validate: check texts against the kind's schema and channel rules without saving; says what each locale's SMS costs and warns when that is several messages.</summary>
public sealed class ValidateTemplate(TemplateEditing editing)
{
    [Function(nameof(ValidateTemplate))]
    [RequireApiKey(ApiRole.Editor)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "templates/{key}/validate")] HttpRequest request, string key, CancellationToken cancellationToken)
    {
        var json = await request.ReadJsonAsync<TemplateSubmission>(optional: false, cancellationToken);
        if (json.Problem is { } invalidJson)
        {
            return invalidJson;
        }

        return Handle(key, json.Value!, editing);
    }

    private static IResult Handle(string key, TemplateSubmission submission, TemplateEditing editing) =>
        editing.Check(key, submission.ToContent(key)) is { } check
            ? Results.Ok(new { valid = check.IsValid, check.Issues, check.Warnings, check.Sms })
            : TemplateEditing.UnknownKind(key);
}
