using Notify.Core.Channels;
using Azure.Data.Tables;

namespace Notify.Functions.Deliver;

/// <summary>A provider receipt that arrived before its send was recorded, kept on the provider-id index row.</summary>
public sealed record ParkedReceipt(DeliveryStatus Status, string? ErrorCode, string? Reason, string? Raw)
{
    public static ParkedReceipt? From(TableEntity? index) =>
        index?.GetString("PendingStatus") is { } status
            ? new ParkedReceipt(Enum.Parse<DeliveryStatus>(status), index.GetString("PendingErrorCode"), index.GetString("PendingReason"), index.GetString("PendingRaw"))
            : null;

    public TableEntity ToEntity(ChannelKind channel, string providerMessageId) => new(channel.ToString(), providerMessageId)
    {
        ["PendingStatus"] = Status.ToString(),
        ["PendingErrorCode"] = ErrorCode,
        ["PendingReason"] = Reason,
        ["PendingRaw"] = Raw is { Length: > 16_000 } ? Raw[..16_000] : Raw,
    };
}
