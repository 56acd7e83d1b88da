using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>POST /api/receipts/wechat: an event push (XML); signed ones are applied and answered "success", forged ones get 403.</summary>
public sealed class ReceiveWeChatEvent(WeChatEventIntake intake)
{
    [Function(nameof(ReceiveWeChatEvent))]
    [PublicEndpoint]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/wechat")] HttpRequest request, CancellationToken cancellationToken)
    {
        var signature = request.Query("signature");
        var timestamp = request.Query("timestamp");
        var nonce = request.Query("nonce");
        return await HandleAsync(signature, timestamp, nonce, request, intake, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string? signature, string? timestamp, string? nonce, HttpRequest request, WeChatEventIntake intake, CancellationToken cancellationToken)
    {
        if (!intake.IsSigned(timestamp, nonce, signature))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (request.ContentLength > WeChatEventIntake.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        await intake.ApplyAsync(await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        return Results.Text("success", "text/plain");
    }
}
