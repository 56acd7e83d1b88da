using Notify.Functions.Registry;

namespace Notify.Functions.Eligibility;

/// <summary>Applies a queued change to the registry, then re-evaluates the resident's notices with what it altered.</summary>
public sealed class ResidentChangeApplier(ResidentStore residents, EligibilityEvaluator evaluator, ILogger<ResidentChangeApplier> logger)
{
    public async Task<EligibilityOutcome> ApplyAsync(ResidentChangeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var applied = await residents.ApplyChangeAsync(message.ChangeId, message.Change, cancellationToken);
        if (applied is null)
        {
            // Validated at intake, so the resident was removed since: nothing to change, and retrying will not help.
            logger.LogWarning("Resident change {ChangeId} names {ResidentId}, who is no longer in the registry", message.ChangeId, message.Change.ResidentId);
            return new EligibilityOutcome(0, 0);
        }

        if (applied.Before.Equals(applied.After))
        {
            return new EligibilityOutcome(0, 0);
        }

        var active = await evaluator.ActiveNoticesAsync(cancellationToken);
        var outcome = await evaluator.EvaluateChangeAsync(active, applied.Before, applied.After, message.ReceivedAt, cancellationToken);
        logger.LogInformation(
            "Applied resident change {ChangeId} to {ResidentId} against {NoticeCount} notices: {Scheduled} scheduled, {Cancelled} cancelled",
            message.ChangeId, message.Change.ResidentId, active.Count, outcome.Scheduled, outcome.Cancelled);
        return outcome;
    }
}
