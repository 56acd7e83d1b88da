using System.Text;
using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>
/// POST /api/receipts/wechat: an event push (XML). Signed, fresh, new pushes are applied and answered "success";
/// a repeated nonce is answered "success" without being applied; forged, stale and (unless allowed) plain-mode
/// pushes get a 403 problem.
/// </summary>
public sealed class ReceiveWeChatEvent(WeChatEventIntake intake)
{
    [Function(nameof(ReceiveWeChatEvent))]
    [PublicEndpoint]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/wechat")] HttpRequest request, CancellationToken cancellationToken)
    {
        var body = request.ContentLength > WeChatEventIntake.MaxBodyBytes ? null : await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var outcome = await intake.ReceiveAsync(WeChatPushQuery.From(request), body, cancellationToken);
        return outcome is WeChatPushOutcome.Applied or WeChatPushOutcome.Repeated
            ? Results.Text("success", "text/plain")
            : WeChatPushRefusals.Problem(outcome);
    }

    /// <summary>The body, or null when it is longer than the limit (read no further than that).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[WeChatEventIntake.MaxBodyBytes + 1];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += count;
        }

        return read > WeChatEventIntake.MaxBodyBytes ? null : new string(buffer, 0, read);
    }
}
