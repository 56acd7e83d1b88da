namespace Notify.Functions.Deliver;

/// <summary>
/// Where one message to one recipient on one channel stands, as government notifiers report it:
/// created → claimed → sending → delivered | temporary-failure | permanent-failure | technical-failure, plus
/// cancelled and suppressed. Claimed: a send has taken the row and may be talking to the provider, nothing is
/// recorded yet. Sending: the provider took the message and a receipt is awaited; it is never sent again.
/// Temporary and technical failures wait for their next attempt; after the last one the row is a permanent failure.
/// </summary>
public enum DeliveryStatus
{
    Created,
    Sending,
    Delivered,
    TemporaryFailure,
    PermanentFailure,
    TechnicalFailure,
    Cancelled,
    Suppressed,
    Claimed,
}
