using Notify.Core.Channels;

namespace Notify.Functions.Deliver;

/// <summary>How send outcomes map to statuses, and which statuses are final.</summary>
public static class DeliveryStatuses
{
    public static DeliveryStatus From(SendOutcome outcome) => outcome switch
    {
        SendOutcome.Accepted => DeliveryStatus.Sending,
        SendOutcome.Delivered => DeliveryStatus.Delivered,
        SendOutcome.TemporaryFailure => DeliveryStatus.TemporaryFailure,
        SendOutcome.PermanentFailure => DeliveryStatus.PermanentFailure,
        SendOutcome.Suppressed => DeliveryStatus.Suppressed,
        _ => DeliveryStatus.TechnicalFailure,
    };

    /// <summary>A final status is never changed by a later receipt (receipts arrive late, twice and out of order).</summary>
    public static bool IsFinal(DeliveryStatus status) =>
        status is DeliveryStatus.Delivered or DeliveryStatus.PermanentFailure or DeliveryStatus.Cancelled or DeliveryStatus.Suppressed;

    /// <summary>A failure the provider may get over: the row waits for its next attempt.</summary>
    public static bool AwaitsRetry(DeliveryStatus status) =>
        status is DeliveryStatus.TemporaryFailure or DeliveryStatus.TechnicalFailure;
}
