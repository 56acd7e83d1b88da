using Notify.Core.Units;
using Notify.Functions.Audit;

namespace Notify.Functions.Senders;

/// <summary>
/// The rules around sender profiles, as for templates: an editor saves a draft (validated first; nothing invalid is
/// stored), an approver other than its editor approves it, and the approved version is the one messages use until a
/// newer one is approved. Every save and approval is an audit line.
/// </summary>
public sealed class SenderProfileWorkflow(SenderProfileStore store, AuditTrail audit)
{
    /// <summary>The directory unit an authority id names, or why it cannot have a sender profile.</summary>
    public static (Unit? Unit, string? Problem) Authority(string authorityId) =>
        UnitDirectory.LoadDefault().Find(authorityId) switch
        {
            null => (null, $"There is no unit '{authorityId}' in the unit directory; a sender profile belongs to an issuing authority's directory id."),
            { IsGroup: true } group => (null, $"'{authorityId}' ({group.Name}) is a group of units, not an authority that issues policies."),
            { } unit => (unit, null),
        };

    public async Task<SenderOutcome> SaveDraftAsync(string authorityId, SenderDetails details, string actor, string actorKeyId, CancellationToken cancellationToken)
    {
        if (Authority(authorityId).Problem is { } problem)
        {
            return SenderOutcome.NotFound(problem);
        }

        var errors = SenderDetailsValidator.Validate(details);
        if (errors.Count > 0)
        {
            return SenderOutcome.Invalid(errors);
        }

        var saved = await store.AddVersionAsync(authorityId, details, SenderProfileState.Draft, actor, actorKeyId, cancellationToken);
        audit.Record(actor, "saved sender profile draft", Subject(saved), "displayName, smsSignature, emailSenderName, emailAddress, weChatAppId, weComAgentId, hotline, website");
        return SenderOutcome.Done(saved, StatusCodes.Status201Created);
    }

    public async Task<SenderOutcome> ApproveAsync(string authorityId, int version, string approver, string approverKeyId, CancellationToken cancellationToken)
    {
        var head = await store.FindHeadAsync(authorityId, cancellationToken);
        var draft = await store.FindVersionAsync(authorityId, version, cancellationToken);
        if (head is null || draft is null)
        {
            return SenderOutcome.NotFound($"The sender profile of '{authorityId}' has no version {version}.");
        }

        if (ApprovalProblem(head, draft, approverKeyId) is { } problem)
        {
            return SenderOutcome.Conflict(problem);
        }

        if (!await store.ApproveAsync(authorityId, version, approver, head.ETag, cancellationToken))
        {
            return SenderOutcome.Conflict("The sender profile changed while it was being approved; read it again and retry.");
        }

        var approved = (await store.FindVersionAsync(authorityId, version, cancellationToken))!;
        audit.Record(approver, "approved sender profile", Subject(approved));
        return SenderOutcome.Done(approved);
    }

    private static string? ApprovalProblem(SenderProfileHead head, SenderProfile draft, string approverKeyId) =>
        draft.State != SenderProfileState.Draft ? $"Version {draft.Version} of {draft.AuthorityId}'s sender profile is already {draft.State}."
        : draft.EditedByKeyId == approverKeyId ? $"Version {draft.Version} of {draft.AuthorityId}'s sender profile was edited with this same key; another approver must approve it."
        : head.ActiveVersion > draft.Version ? $"Version {head.ActiveVersion} of {draft.AuthorityId}'s sender profile, newer than {draft.Version}, is already approved; save the change again as a new draft."
        : null;

    private static string Subject(SenderProfile profile) => $"sender profile {profile.AuthorityId} v{profile.Version}";
}
