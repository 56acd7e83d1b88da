using Notify.Functions.Hosting;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>The query WeChat adds to the server URL: signature, timestamp and nonce, and in safe and compatible mode msg_signature.</summary>
public sealed record WeChatPushQuery(string? Signature, string? Timestamp, string? Nonce, string? MsgSignature)
{
    public static WeChatPushQuery From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Query("signature"), request.Query("timestamp"), request.Query("nonce"), request.Query("msg_signature"));
    }
}
