using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>GET /api/receipts/wechat: WeChat's server-URL check; echoes echostr when the signature holds, 403 otherwise.</summary>
public sealed class VerifyWeChatServer(WeChatEventIntake intake)
{
    [Function(nameof(VerifyWeChatServer))]
    [PublicEndpoint]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "receipts/wechat")] HttpRequest request, CancellationToken cancellationToken)
    {
        var signature = request.Query("signature");
        var timestamp = request.Query("timestamp");
        var nonce = request.Query("nonce");
        var echostr = request.Query("echostr");
        return Handle(signature, timestamp, nonce, echostr, intake);
    }

    private static IResult Handle(string? signature, string? timestamp, string? nonce, string? echostr, WeChatEventIntake intake) =>
        intake.IsSigned(timestamp, nonce, signature)
            ? Results.Text(echostr ?? "", "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
}
