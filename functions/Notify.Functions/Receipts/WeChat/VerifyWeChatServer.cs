using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>
/// GET /api/receipts/wechat: WeChat's server-URL check. The Official Account signs it over token, timestamp and
/// nonce and sends echostr in the clear in every mode; echoed when signed and fresh, 403 otherwise.
/// </summary>
public sealed class VerifyWeChatServer(WeChatEventIntake intake)
{
    [Function(nameof(VerifyWeChatServer))]
    [PublicEndpoint]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "receipts/wechat")] HttpRequest request, CancellationToken cancellationToken) =>
        intake.IsServerCheckValid(WeChatPushQuery.From(request))
            ? Results.Text(request.Query("echostr") ?? "", "text/plain")
            : Results.StatusCode(StatusCodes.Status403Forbidden);
}
