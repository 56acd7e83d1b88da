using Microsoft.Azure.Functions.Worker;
using Notify.Core.Channels;
using Notify.Functions.Access;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Consent;
using Notify.Functions.Deliver;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// POST /api/receipts/twilio/status: Twilio's status callback. Public (Twilio sends no API key) but
/// signature-checked, and refused (403) unless the signed URL's send time is within the receipt window.
/// Valid callbacks always get 204, even for an unknown sid or when the same callback (sid, status and error
/// code) was applied before, so Twilio does not retry them; a repeat is not applied again, and the ledger
/// ignores a status arriving after a final one.
/// </summary>
public sealed class ReceiveTwilioStatus(
    TwilioWebhook webhook, TwilioOptions options, CallbackReplayGuard replays, DeliveryLedger ledger, SmsOptOutStore optOuts, TimeProvider clock, ILogger<ReceiveTwilioStatus> logger)
{
    private const string ReplaySource = "twilio-status";

    [Function(nameof(ReceiveTwilioStatus))]
    [PublicEndpoint]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/twilio/status")] HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await webhook.ReadVerifiedFormAsync(request, cancellationToken);
        if (form is null)
        {
            logger.LogWarning("Twilio status callback refused: missing or invalid signature");
            return TwilioResults.InvalidSignature();
        }

        if (TwilioStatusCallbackUrl.FreshSendTime(request, options.StatusCallbackWindow, clock.GetUtcNow()) is not { } sentAt)
        {
            logger.LogWarning("Twilio status callback refused: no send time in its URL, or one outside the receipt window");
            return TwilioResults.StaleStatusCallback();
        }

        var callback = StatusCallback.From(form);
        if (callback is not null
            && !await replays.ApplyOnceAsync(ReplaySource, callback.Identity, sentAt + options.StatusCallbackWindow, () => ApplyAsync(callback, cancellationToken), cancellationToken))
        {
            logger.LogWarning("Twilio status {MessageStatus} for {MessageSid} repeated: answered, not applied again", callback.MessageStatus, callback.Sid);
        }

        return Results.NoContent();
    }

    private async Task ApplyAsync(StatusCallback callback, CancellationToken cancellationToken)
    {
        var code = TwilioMessageStatuses.Code(callback.ErrorCode);
        if (code == TwilioErrors.Unsubscribed && callback.To is { } to)
        {
            await optOuts.OptOutAsync(to, "twilio-21610", "STOP", cancellationToken);
        }

        var known = await ledger.ApplyReceiptAsync(
            ChannelKind.Sms, callback.Sid, callback.Status, code?.ToString(System.Globalization.CultureInfo.InvariantCulture), code is null ? null : TwilioErrors.Reason(code, 400), callback.Raw, cancellationToken);
        logger.LogInformation("Twilio status {MessageStatus} {ErrorCode} for {MessageSid} ({Known})", callback.MessageStatus, callback.ErrorCode, callback.Sid, known ? "applied" : "unknown sid");
    }

    /// <summary>The parts of a status callback that matter; null when it names no message or no status we act on.</summary>
    private sealed record StatusCallback(string Sid, string MessageStatus, DeliveryStatus Status, string? ErrorCode, string? To, string Raw)
    {
        public string Identity => $"{Sid}|{MessageStatus}|{ErrorCode}";

        public static StatusCallback? From(IReadOnlyList<KeyValuePair<string, string>> form)
        {
            var sid = TwilioWebhook.Value(form, "MessageSid") ?? TwilioWebhook.Value(form, "SmsSid");
            var messageStatus = TwilioWebhook.Value(form, "MessageStatus") ?? TwilioWebhook.Value(form, "SmsStatus");
            var errorCode = TwilioWebhook.Value(form, "ErrorCode");
            if (sid is null || messageStatus is null || TwilioMessageStatuses.ToDelivery(messageStatus, errorCode) is not { } status)
            {
                return null;
            }

            var raw = string.Join("&", form.Where(p => p.Key is "MessageSid" or "MessageStatus" or "ErrorCode" or "RawDlrDoneDate").Select(p => $"{p.Key}={p.Value}"));
            return new StatusCallback(sid, messageStatus, status, errorCode, TwilioWebhook.Value(form, "To"), raw);
        }
    }
}
