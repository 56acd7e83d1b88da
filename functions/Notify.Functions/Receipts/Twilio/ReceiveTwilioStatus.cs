using Microsoft.Azure.Functions.Worker;
using Notify.Core.Channels;
using Notify.Functions.Access;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Consent;
using Notify.Functions.Deliver;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// POST /api/receipts/twilio/status: Twilio's status callback. Public (Twilio sends no API key) but
/// signature-checked. Valid callbacks always get 204, even for an unknown sid, so Twilio does not
/// retry them; the ledger ignores a status arriving after a final one.
/// </summary>
public sealed class ReceiveTwilioStatus(TwilioWebhook webhook, DeliveryLedger ledger, SmsOptOutStore optOuts, ILogger<ReceiveTwilioStatus> logger)
{
    [Function(nameof(ReceiveTwilioStatus))]
    [PublicEndpoint]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/twilio/status")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, webhook, ledger, optOuts, logger, cancellationToken);

    private static async Task<IResult> HandleAsync(
        HttpRequest request, TwilioWebhook webhook, DeliveryLedger ledger, SmsOptOutStore optOuts, ILogger<ReceiveTwilioStatus> logger, CancellationToken cancellationToken)
    {
        var form = await webhook.ReadVerifiedFormAsync(request, cancellationToken);
        if (form is null)
        {
            logger.LogWarning("Twilio status callback refused: missing or invalid signature");
            return TwilioResults.InvalidSignature();
        }

        var sid = Value(form, "MessageSid") ?? Value(form, "SmsSid");
        var messageStatus = Value(form, "MessageStatus") ?? Value(form, "SmsStatus");
        var errorCode = Value(form, "ErrorCode");
        var status = TwilioMessageStatuses.ToDelivery(messageStatus, errorCode);
        if (sid is null || status is null)
        {
            return Results.NoContent();
        }

        var code = TwilioMessageStatuses.Code(errorCode);
        if (code == TwilioErrors.Unsubscribed && Value(form, "To") is { } to)
        {
            await optOuts.OptOutAsync(to, "twilio-21610", "STOP", cancellationToken);
        }

        var raw = string.Join("&", form.Where(p => p.Key is "MessageSid" or "MessageStatus" or "ErrorCode" or "RawDlrDoneDate").Select(p => $"{p.Key}={p.Value}"));
        var known = await ledger.ApplyReceiptAsync(
            ChannelKind.Sms, sid, status.Value, code?.ToString(System.Globalization.CultureInfo.InvariantCulture), code is null ? null : TwilioErrors.Reason(code, 400), raw, cancellationToken);
        logger.LogInformation("Twilio status {MessageStatus} {ErrorCode} for {MessageSid} ({Known})", messageStatus, errorCode, sid, known ? "applied" : "unknown sid");
        return Results.NoContent();
    }

    private static string? Value(IReadOnlyList<KeyValuePair<string, string>> form, string name) =>
        form.FirstOrDefault(p => p.Key == name).Value is { Length: > 0 } value ? value : null;
}
