using Notify.Functions.Hosting;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>GET /api/receipts/wechat: WeChat's server-URL check; echoes echostr when the signature holds, 403 otherwise.</summary>
public sealed class VerifyWeChatServer : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.PublicHttp(nameof(VerifyWeChatServer), "GET", "receipts/wechat");

    public static Delegate Handler { get; } = Handle;

    private static IResult Handle(string? signature, string? timestamp, string? nonce, string? echostr, WeChatEventIntake intake) =>
        intake.IsSigned(timestamp, nonce, signature)
            ? Results.Text(echostr ?? "", "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
}
