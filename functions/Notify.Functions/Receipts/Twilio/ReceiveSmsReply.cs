using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Consent;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// POST /api/receipts/twilio/inbound: an SMS reply. 退订/TD/T/N/STOP… opt the sender out of SMS and
/// 订阅/START/UNSTOP opt back in; each is confirmed only when it changed something, so a repeated
/// 退订 gets an empty TwiML response. Public but signature-checked; a message (by its MessageSid) is applied
/// once, so a captured 退订 posted again after the resident opted back in changes nothing.
/// </summary>
public sealed class ReceiveSmsReply(TwilioWebhook webhook, TwilioOptions options, CallbackReplayGuard replays, SmsOptOutStore optOuts, TimeProvider clock, ILogger<ReceiveSmsReply> logger)
{
    public const string OptedOutReply = "【通知平台】您已退订短信通知，回复“订阅”可恢复接收。";
    public const string OptedInReply = "【通知平台】您已恢复接收短信通知，回复“退订”可退订。";

    private const string ReplaySource = "twilio-inbound";

    [Function(nameof(ReceiveSmsReply))]
    [PublicEndpoint]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/twilio/inbound")] HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await webhook.ReadVerifiedFormAsync(request, cancellationToken);
        if (form is null)
        {
            logger.LogWarning("Twilio inbound SMS refused: missing or invalid signature");
            return TwilioResults.InvalidSignature();
        }

        var sid = TwilioWebhook.Value(form, "MessageSid") ?? TwilioWebhook.Value(form, "SmsSid");
        var from = TwilioWebhook.Value(form, "From");
        var body = TwilioWebhook.Value(form, "Body");
        var keyword = SmsReplyKeywords.Classify(body);
        if (sid is null || from is null || keyword == SmsReplyKeyword.None)
        {
            return TwilioResults.TwiML(null);
        }

        var changed = false;
        var applied = await replays.ApplyOnceAsync(
            ReplaySource, sid, clock.GetUtcNow() + options.InboundReplayMemory, async () => changed = await ApplyAsync(from, keyword, body!.Trim(), cancellationToken), cancellationToken);
        logger.LogInformation(
            "SMS reply {Keyword} from {Number}: {Effect}", keyword, SmsNumbers.Mask(from), !applied ? "repeated, not applied again" : changed ? "recorded" : "already so");
        return TwilioResults.TwiML(!changed ? null : keyword == SmsReplyKeyword.OptOut ? OptedOutReply : OptedInReply);
    }

    private Task<bool> ApplyAsync(string from, SmsReplyKeyword keyword, string word, CancellationToken cancellationToken) =>
        keyword == SmsReplyKeyword.OptOut
            ? optOuts.OptOutAsync(from, "sms-reply", word, cancellationToken)
            : optOuts.OptInAsync(from, "sms-reply", word, cancellationToken);
}
