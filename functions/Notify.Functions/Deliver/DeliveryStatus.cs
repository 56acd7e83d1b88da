namespace Notify.Functions.Deliver;

/// <summary>
/// Where one message to one recipient on one channel stands, as government notifiers report it:
/// created → sending → delivered | temporary-failure | permanent-failure | technical-failure, plus
/// cancelled and suppressed.
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
}
