using Notify.Core.Templates;
using Notify.Functions.Audit;
using Notify.Functions.Review;

namespace Notify.Functions.Templates;

/// <summary>
/// The rules around template versions: only a draft can be approved, never by the person who
/// edited it; only an approved version can be made active; activating an older approved version
/// is how a rollback is done. Approval validates the version again. Each approval and activation is audited.
/// </summary>
public sealed class TemplateWorkflow(TemplateStore store, TemplateCatalog catalog, SmsLimits smsLimits, AuditTrail audit)
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
        if (catalog.SchemaOf(key) is { } schema && TemplateValidator.Validate(current.Content, schema, smsLimits) is { Count: > 0 } issues)
        {
            return TemplateOutcome.Conflict($"Version {version} of {key} no longer passes validation: {issues[0].Message}");
        }

        if (!await store.ApproveAsync(key, version, approver, cancellationToken))
        {
            return TemplateOutcome.Conflict("The version changed while it was being approved; try again.");
        }

        audit.Record(approver, "approved template version", $"{key} v{version}");
        return TemplateOutcome.Done(await store.FindVersionAsync(key, version, cancellationToken));
    }

    public async Task<TemplateOutcome> ActivateAsync(string key, int version, string actor, CancellationToken cancellationToken)
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

        if (!await store.ActivateAsync(key, version, head.ETag, cancellationToken))
        {
            return TemplateOutcome.Conflict("Another change to this template happened at the same moment; read it again and retry.");
        }

        audit.Record(actor, "activated template version", $"{key} v{version}", head.ActiveVersion is { } previous ? $"was v{previous}" : null);
        return TemplateOutcome.Done(target);
    }

    /// <summary>The caller's audit name and key id, from their API key.</summary>
    public static (string Actor, string KeyId) Caller(System.Security.Claims.ClaimsPrincipal user) =>
        (ReviewResults.Actor(user), user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "");
}
