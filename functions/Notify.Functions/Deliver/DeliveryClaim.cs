using Notify.Functions.FanOut;

namespace Notify.Functions.Deliver;

/// <summary>
/// What a batch may do for one recipient: <see cref="Send"/> (its row is this batch's now, claimed for attempt
/// <see cref="Attempts"/>, the first made at <see cref="FirstAttemptAt"/>), or leave them because their row is final
/// or awaits a receipt (<see cref="FinalStatus"/>), is owned by another live send (<see cref="OwnedElsewhere"/>), or
/// waits for its next attempt at <see cref="RetryAt"/> (this batch, as the row's <see cref="Owner"/>, schedules it).
/// </summary>
public sealed record DeliveryClaim(
    FanOutRecipient Recipient,
    DeliveryKey Key,
    bool Send,
    DeliveryStatus? FinalStatus,
    bool OwnedElsewhere,
    int Attempts = 1,
    DateTimeOffset? FirstAttemptAt = null,
    DateTimeOffset? RetryAt = null,
    string? Owner = null);
