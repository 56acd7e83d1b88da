using Notify.Core.Channels;
using Notify.Functions.Channels.WeChat;
using Notify.Functions.Deliver;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>
/// The Official Account's server URL: checks every push's signature and applies template delivery
/// reports to the ledger. Plain-text (明文) mode only; other events are acknowledged and ignored.
/// </summary>
public sealed class WeChatEventIntake(WeChatOptions options, DeliveryLedger ledger, ILogger<WeChatEventIntake> logger)
{
    public const int MaxBodyBytes = 64 * 1024;

    public bool IsSigned(string? timestamp, string? nonce, string? signature)
    {
        var signed = WeChatSignature.IsValid(options.Token, timestamp, nonce, signature);
        if (!signed)
        {
            logger.LogWarning("Rejected a WeChat push with a missing or wrong signature");
        }

        return signed;
    }

    public async Task ApplyAsync(string xml, CancellationToken cancellationToken)
    {
        if (WeChatEventXml.ReadTemplateJobFinished(xml) is not { } finished)
        {
            return;
        }

        var receipt = WeChatReceiptStatus.From(finished.Status);
        var applied = await ledger.ApplyReceiptAsync(ChannelKind.WeChat, finished.MsgId, receipt.Status, receipt.ErrorCode, receipt.Reason, finished.RedactedXml, cancellationToken);
        logger.LogInformation(
            "WeChat template job {MsgId} finished: {Status}{Unmatched}", finished.MsgId, receipt.Status, applied ? "" : " (no delivery has this msgid)");
    }
}
