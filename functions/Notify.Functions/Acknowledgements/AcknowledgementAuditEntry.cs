namespace Notify.Functions.Acknowledgements;

/// <summary>One audited visit to an acknowledgement link (<see cref="AcknowledgementStore.ViewAction"/> or an acknowledgement).</summary>
public sealed record AcknowledgementAuditEntry(string PolicyId, string ItemId, string UnitId, DateTimeOffset At, string Action, string IpHash, string UserAgent);
