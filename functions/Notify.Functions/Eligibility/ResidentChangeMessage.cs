using Notify.Core.Registry;

namespace Notify.Functions.Eligibility;

/// <summary>
/// One validated change on the resident-changes queue. <see cref="ChangeId"/> makes redelivery harmless; <see cref="ReceivedAt"/>
/// is the time the change is judged at, so a redelivered message reaches the same decisions.
/// </summary>
public sealed record ResidentChangeMessage(string ChangeId, DateTimeOffset ReceivedAt, ResidentChange Change);
