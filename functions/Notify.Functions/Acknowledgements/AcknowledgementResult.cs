namespace Notify.Functions.Acknowledgements;

/// <summary>The outcome of <see cref="AcknowledgementStore.AcknowledgeAsync"/> and when the unit first acknowledged.</summary>
public sealed record AcknowledgementResult(AcknowledgementOutcome Outcome, DateTimeOffset AcknowledgedAt);
