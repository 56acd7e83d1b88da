using Notify.Core.Templates;
using Notify.Functions.Audit;

namespace Notify.Functions.Templates;

/// <summary>
/// Saving and checking template texts: every save is validated against the kind's schema and
/// channel rules first, and nothing invalid is stored; what each locale's SMS costs, and what a draft
/// adds or removes compared with the active version, is reported for the approver.
/// </summary>
public sealed class TemplateEditing(TemplateCatalog catalog, TemplateStore store, SmsLimits smsLimits, AuditTrail audit)
{
    /// <summary>Issues, warnings and SMS costs of <paramref name="content"/>, or null when <paramref name="key"/> is no notice kind.</summary>
    public TemplateCheck? Check(string key, TemplateContent content) =>
        catalog.SchemaOf(key) is { } schema ? TemplateValidator.Check(content, schema, smsLimits) : null;

    public async Task<IResult> SaveDraftAsync(string key, TemplateSubmission submission, string actor, string actorKeyId, CancellationToken cancellationToken)
    {
        var content = submission.ToContent(key);
        if (Check(key, content) is not { } check)
        {
            return UnknownKind(key);
        }

        if (!check.IsValid)
        {
            return Results.Json(new { title = "The template is not valid", status = 400, check.Issues, check.Warnings, check.Sms }, statusCode: StatusCodes.Status400BadRequest, contentType: "application/problem+json");
        }

        var saved = await store.AddVersionAsync(key, content, TemplateVersionState.Draft, "admin", actor, actorKeyId, activate: false, cancellationToken);
        audit.Record(actor, "saved template version", $"{key} v{saved.Version}", SmsSummary(check));
        var head = await store.FindHeadAsync(key, cancellationToken);
        var active = head?.ActiveVersion is { } activeVersion ? await store.FindVersionAsync(key, activeVersion, cancellationToken) : null;
        var diff = active is null ? null : PlaceholderDiff.Between(active.Content, saved.Content);
        return Results.Created($"/api/templates/{key}/versions/{saved.Version}",
            new { version = TemplateVersionView.From(saved), check.Sms, check.Warnings, placeholdersComparedWithActive = diff });
    }

    private static string? SmsSummary(TemplateCheck check) => check.Sms.Count == 0
        ? null
        : "SMS " + string.Join(", ", check.Sms.Select(cost => $"{cost.Locale} {cost.Parts} parts"));

    /// <summary>
    /// The check a send makes before it starts: the kind's active version, validated again, so a
    /// broken template stops a send at its start and never first at delivery. Returns the version
    /// to render with, or the reasons it cannot be used.
    /// </summary>
    public async Task<(TemplateVersion? Version, IReadOnlyList<string> Problems)> ActiveForSendAsync(string key, CancellationToken cancellationToken)
    {
        var schema = catalog.SchemaOf(key);
        var head = await store.FindHeadAsync(key, cancellationToken);
        if (schema is null || head?.ActiveVersion is not { } active)
        {
            return (null, [$"Template '{key}' has no active version."]);
        }

        var version = await store.FindVersionAsync(key, active, cancellationToken);
        var issues = version is null ? [] : TemplateValidator.Validate(version.Content, schema, smsLimits);
        return version is null
            ? (null, [$"Template '{key}' names version {active} as active, but it is missing."])
            : issues.Count == 0 ? (version, []) : (null, [.. issues.Select(issue => $"{issue.Locale} {issue.Channel} {issue.Part} {issue.Line}:{issue.Column} {issue.Message}")]);
    }

    public async Task<PlaceholderDiff?> DiffAsync(string key, int version, int against, CancellationToken cancellationToken)
    {
        var newer = await store.FindVersionAsync(key, version, cancellationToken);
        var older = await store.FindVersionAsync(key, against, cancellationToken);
        return newer is null || older is null ? null : PlaceholderDiff.Between(older.Content, newer.Content);
    }

    public static IResult UnknownKind(string key) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such template", detail: $"There is no notice kind '{key}'.");
}
