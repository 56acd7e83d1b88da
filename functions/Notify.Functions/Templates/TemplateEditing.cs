using Notify.Core.Templates;

namespace Notify.Functions.Templates;

/// <summary>
/// Saving and checking template texts: every save is validated against the kind's schema and
/// channel rules first, and nothing invalid is stored; what a draft adds or removes compared with
/// the active version is reported for the approver.
/// </summary>
public sealed class TemplateEditing(TemplateCatalog catalog, TemplateStore store)
{
    public IReadOnlyList<TemplateIssue>? Validate(string key, TemplateContent content) =>
        catalog.SchemaOf(key) is { } schema ? TemplateValidator.Validate(content, schema) : null;

    public async Task<IResult> SaveDraftAsync(string key, TemplateSubmission submission, string actor, string actorKeyId, CancellationToken cancellationToken)
    {
        var content = submission.ToContent(key);
        var issues = Validate(key, content);
        if (issues is null)
        {
            return UnknownKind(key);
        }

        if (issues.Count > 0)
        {
            return Results.Json(new { title = "The template is not valid", status = 400, issues }, statusCode: StatusCodes.Status400BadRequest, contentType: "application/problem+json");
        }

        var saved = await store.AddVersionAsync(key, content, TemplateVersionState.Draft, "admin", actor, actorKeyId, activate: false, cancellationToken);
        var head = await store.FindHeadAsync(key, cancellationToken);
        var active = head?.ActiveVersion is { } activeVersion ? await store.FindVersionAsync(key, activeVersion, cancellationToken) : null;
        var diff = active is null ? null : PlaceholderDiff.Between(active.Content, saved.Content);
        return Results.Created($"/api/templates/{key}/versions/{saved.Version}", new { version = TemplateVersionView.From(saved), placeholdersComparedWithActive = diff });
    }

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
        var issues = version is null ? [] : TemplateValidator.Validate(version.Content, schema);
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
