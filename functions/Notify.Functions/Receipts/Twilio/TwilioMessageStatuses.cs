using System.Globalization;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Deliver;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>Twilio's MessageStatus (with ErrorCode) as a delivery status; null for statuses that say nothing about our send.</summary>
public static class TwilioMessageStatuses
{
    public static DeliveryStatus? ToDelivery(string? messageStatus, string? errorCode) => messageStatus?.ToLowerInvariant() switch
    {
        "delivered" or "read" or "partially_delivered" => DeliveryStatus.Delivered,
        "accepted" or "scheduled" or "queued" or "sending" or "sent" => DeliveryStatus.Sending,
        "canceled" => DeliveryStatus.Cancelled,
        "undelivered" or "failed" => DeliveryStatuses.From(TwilioErrors.Outcome(Code(errorCode), 400)),
        _ => null,
    };

    public static int? Code(string? errorCode) =>
        int.TryParse(errorCode, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code != 0 ? code : null;
}
