using Notify.Functions.Deliver;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>What a TEMPLATESENDJOBFINISH status means for the delivery.</summary>
public sealed record WeChatReceiptStatus(DeliveryStatus Status, string? ErrorCode, string? Reason)
{
    /// <summary>Maps WeChat's status text, comparing tolerantly ("failed:user block" and "failed: user block" both occur).</summary>
    public static WeChatReceiptStatus From(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var compact = status.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact switch
        {
            "success" => new(DeliveryStatus.Delivered, null, null),
            "failed:userblock" => new(DeliveryStatus.PermanentFailure, status, "recipient blocks messages from the Official Account"),
            "failed:systemfailed" => new(DeliveryStatus.TemporaryFailure, status, "WeChat failed to deliver (system failure)"),
            _ => new(DeliveryStatus.TemporaryFailure, status, "WeChat reported an unknown status"),
        };
    }
}
