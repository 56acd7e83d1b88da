using Notify.Functions.Review;

namespace Notify.Functions.Templates;

/// <summary>
/// The rules around template versions: only a draft can be approved, never by the person who
/// edited it; only an approved version can be made active; activating an older approved version
/// is how a rollback is done. Approval validates the version again.
/// </summary>
public sealed class TemplateWorkflow(TemplateStore store, TemplateCatalog catalog)
{
    public async Task<TemplateOutcome> ApproveAsync(string key, int version, string approver, string approverKeyId, CancellationToken cancellationToken)
    {
        var current = await store.FindVersionAsync(key, version, cancellationToken);
        if (current is null)
        {
            return TemplateOutcome.NotFound(key, version);
        }

        if (current.State != TemplateVersionState.Draft)
        {
            return TemplateOutcome.Conflict($"Version {version} of {key} is already {current.State}.");
        }

        if (current.EditedByKeyId == approverKeyId)
        {
            return TemplateOutcome.Conflict($"Version {version} of {key} was edited with this same key; another approver must approve it.");
        }

        // Validated again: the channel rules may have tightened since the draft was saved.
        if (catalog.SchemaOf(key) is { } schema && Notify.Core.Templates.TemplateValidator.Validate(current.Content, schema) is { Count: > 0 } issues)
        {
            return TemplateOutcome.Conflict($"Version {version} of {key} no longer passes validation: {issues[0].Message}");
        }

        return await store.ApproveAsync(key, version, approver, cancellationToken)
            ? TemplateOutcome.Done(await store.FindVersionAsync(key, version, cancellationToken))
            : TemplateOutcome.Conflict("The version changed while it was being approved; try again.");
    }

    public async Task<TemplateOutcome> ActivateAsync(string key, int version, CancellationToken cancellationToken)
    {
        var head = await store.FindHeadAsync(key, cancellationToken);
        var target = await store.FindVersionAsync(key, version, cancellationToken);
        if (head is null || target is null)
        {
            return TemplateOutcome.NotFound(key, version);
        }

        if (target.State != TemplateVersionState.Approved)
        {
            return TemplateOutcome.Conflict($"Version {version} of {key} is a {target.State}; only an approved version can be made active.");
        }

        return await store.ActivateAsync(key, version, head.ETag, cancellationToken)
            ? TemplateOutcome.Done(target)
            : TemplateOutcome.Conflict("Another change to this template happened at the same moment; read it again and retry.");
    }

    /// <summary>The caller's audit name and key id, from their API key.</summary>
    public static (string Actor, string KeyId) Caller(System.Security.Claims.ClaimsPrincipal user) =>
        (ReviewResults.Actor(user), user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "");
}
