namespace Notify.Functions.Eligibility;

/// <summary>What re-evaluating one resident did: newly-eligible notices scheduled, pending reminders cancelled.</summary>
public sealed record EligibilityOutcome(int Scheduled, int Cancelled);
