namespace Notify.Functions.Receipts.WeChat;

/// <summary>The 403 problem a refused push gets: why, without echoing anything it carried.</summary>
public static class WeChatPushRefusals
{
    public static IResult Problem(WeChatPushOutcome outcome) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "WeChat push refused",
        detail: outcome switch
        {
            WeChatPushOutcome.Stale => "The timestamp is outside the accepted window.",
            WeChatPushOutcome.PlainRefused => "Plain-mode pushes are not accepted; configure the server URL for safe mode (安全模式).",
            WeChatPushOutcome.Undecryptable => "The encrypted message does not open to a message for this Official Account.",
            _ => "signature or msg_signature is missing or does not match.",
        });
}
