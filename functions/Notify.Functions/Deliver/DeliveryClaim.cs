using Notify.Functions.FanOut;

namespace Notify.Functions.Deliver;

/// <summary>
/// What a batch may do for one recipient: <see cref="Send"/> (its row is this batch's now), or leave them because
/// their row is final (<see cref="FinalStatus"/>) or owned by another live send (<see cref="OwnedElsewhere"/>).
/// </summary>
public sealed record DeliveryClaim(FanOutRecipient Recipient, DeliveryKey Key, bool Send, DeliveryStatus? FinalStatus, bool OwnedElsewhere);
