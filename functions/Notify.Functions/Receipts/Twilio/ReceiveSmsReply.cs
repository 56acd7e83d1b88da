using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Consent;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// POST /api/receipts/twilio/inbound: an SMS reply. 退订/TD/T/N/STOP… opt the sender out of SMS and
/// 订阅/START/UNSTOP opt back in; each is confirmed only when it changed something, so a repeated
/// 退订 gets an empty TwiML response. Public but signature-checked.
/// </summary>
public sealed class ReceiveSmsReply(TwilioWebhook webhook, SmsOptOutStore optOuts, ILogger<ReceiveSmsReply> logger)
{
    public const string OptedOutReply = "【通知平台】您已退订短信通知，回复“订阅”可恢复接收。";
    public const string OptedInReply = "【通知平台】您已恢复接收短信通知，回复“退订”可退订。";

    [Function(nameof(ReceiveSmsReply))]
    [PublicEndpoint]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/twilio/inbound")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, webhook, optOuts, logger, cancellationToken);

    private static async Task<IResult> HandleAsync(
        HttpRequest request, TwilioWebhook webhook, SmsOptOutStore optOuts, ILogger<ReceiveSmsReply> logger, CancellationToken cancellationToken)
    {
        var form = await webhook.ReadVerifiedFormAsync(request, cancellationToken);
        if (form is null)
        {
            logger.LogWarning("Twilio inbound SMS refused: missing or invalid signature");
            return TwilioResults.InvalidSignature();
        }

        var from = form.FirstOrDefault(p => p.Key == "From").Value;
        var body = form.FirstOrDefault(p => p.Key == "Body").Value;
        var keyword = SmsReplyKeywords.Classify(body);
        if (string.IsNullOrEmpty(from) || keyword == SmsReplyKeyword.None)
        {
            return TwiML(null);
        }

        var word = body!.Trim();
        var changed = keyword == SmsReplyKeyword.OptOut
            ? await optOuts.OptOutAsync(from, "sms-reply", word, cancellationToken)
            : await optOuts.OptInAsync(from, "sms-reply", word, cancellationToken);
        logger.LogInformation("SMS reply {Keyword} from {Number}: {Effect}", keyword, SmsNumbers.Mask(from), changed ? "recorded" : "already so");
        return TwiML(!changed ? null : keyword == SmsReplyKeyword.OptOut ? OptedOutReply : OptedInReply);
    }

    private static IResult TwiML(string? message) => TwilioResults.TwiML(message);
}
