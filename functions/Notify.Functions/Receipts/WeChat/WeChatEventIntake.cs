using Notify.Core.Channels;
using Notify.Functions.Channels.WeChat;
using Notify.Functions.Deliver;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>
/// The Official Account's server URL. A push is applied only when it is signed over its body (safe mode's
/// msg_signature over the Encrypt text, which must open to a message for our appid; in compatible mode the
/// encrypted part is the one read), its timestamp is within the push window and its nonce was not used within
/// that window. Plain-mode pushes are refused unless configured. Template delivery reports go to the ledger;
/// other events are acknowledged and ignored.
/// </summary>
public sealed class WeChatEventIntake(
    WeChatOptions options, WeChatMessageCrypto crypto, CallbackReplayGuard replays, DeliveryLedger ledger, TimeProvider clock, ILogger<WeChatEventIntake> logger)
{
    public const int MaxBodyBytes = 64 * 1024;

    private const string ReplaySource = "wechat";

    /// <summary>WeChat's server-URL check (GET): signed over token, timestamp and nonce in every mode, and fresh.</summary>
    public bool IsServerCheckValid(WeChatPushQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var valid = WeChatSignature.IsValid(options.Token, query.Timestamp, query.Nonce, query.Signature) && IsFresh(query.Timestamp);
        if (!valid)
        {
            logger.LogWarning("Refused a WeChat server check: signature missing or wrong, or timestamp outside the window");
        }

        return valid;
    }

    public async Task<WeChatPushOutcome> ReceiveAsync(WeChatPushQuery query, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (xml, refusal) = Open(query, body);
        refusal ??= IsFresh(query.Timestamp) ? null : WeChatPushOutcome.Stale;
        if (refusal is { } refused)
        {
            logger.LogWarning("Refused a WeChat push: {Refusal}", refused);
            return refused;
        }

        // Any request with this nonce that could still be fresh is covered: its timestamp is at most one window away.
        var keepUntil = clock.GetUtcNow() + (2 * options.PushWindow);
        if (!await replays.ApplyOnceAsync(ReplaySource, query.Nonce!, keepUntil, () => ApplyAsync(xml!, cancellationToken), cancellationToken))
        {
            logger.LogWarning("A WeChat push repeated a nonce already used: answered, not applied again");
            return WeChatPushOutcome.Repeated;
        }

        return WeChatPushOutcome.Applied;
    }

    private (string? Xml, WeChatPushOutcome? Refusal) Open(WeChatPushQuery query, string body)
    {
        if (WeChatEventXml.ReadEncrypt(body) is { } encrypted)
        {
            if (!WeChatSignature.IsValidForMessage(options.Token, query.Timestamp, query.Nonce, encrypted, query.MsgSignature))
            {
                return (null, WeChatPushOutcome.Unsigned);
            }

            return crypto.Decrypt(encrypted) is { } xml ? (xml, null) : (null, WeChatPushOutcome.Undecryptable);
        }

        if (!options.AllowPlainPushes)
        {
            return (null, WeChatPushOutcome.PlainRefused);
        }

        return WeChatSignature.IsValid(options.Token, query.Timestamp, query.Nonce, query.Signature) ? (body, null) : (null, WeChatPushOutcome.Unsigned);
    }

    private bool IsFresh(string? timestamp) =>
        CallbackTimestamps.Parse(timestamp) is { } sentAt && (clock.GetUtcNow() - sentAt).Duration() <= options.PushWindow;

    private async Task ApplyAsync(string xml, CancellationToken cancellationToken)
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
