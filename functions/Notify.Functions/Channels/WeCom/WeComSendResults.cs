using System.Globalization;
using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeCom;

/// <summary>
/// Maps a WeCom send reply to a <see cref="SendResult"/>. errcode 0 is not enough: a member WeCom does
/// not know comes back in invaliduser (lower-cased) or unlicenseduser, and that is a permanent failure.
/// </summary>
public static class WeComSendResults
{
    public static SendResult From(TencentApiReply? reply, string userId, WeComOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reply is null)
        {
            return new SendResult(SendOutcome.TemporaryFailure, Reason: "WeCom answered with a server error");
        }

        var code = reply.ErrorCode.ToString(CultureInfo.InvariantCulture);
        SendResult Result(SendOutcome outcome, string reason, TimeSpan? retryAfter = null) =>
            new(outcome, ErrorCode: code, Reason: reason, RawResponse: reply.Raw, RetryAfter: retryAfter);

        if (reply.IsSuccess)
        {
            if (Lists(reply.String("invaliduser"), userId))
            {
                return new SendResult(SendOutcome.PermanentFailure, reply.String("msgid"), "invaliduser", "member is not in the app's visible range or does not exist", reply.Raw);
            }

            return Lists(reply.String("unlicenseduser"), userId)
                ? new SendResult(SendOutcome.PermanentFailure, reply.String("msgid"), "unlicenseduser", "member has no WeCom licence", reply.Raw)
                : new SendResult(SendOutcome.Delivered, reply.String("msgid"), RawResponse: reply.Raw);
        }

        return reply.ErrorCode switch
        {
            WeComErrorCodes.AllRecipientsInvalid => Result(SendOutcome.PermanentFailure, "no valid recipient"),
            WeComErrorCodes.FrequencyLimit or WeComErrorCodes.ConcurrencyLimit => Result(SendOutcome.TemporaryFailure, "WeCom frequency limit reached", options.ThrottledRetryAfter),
            WeComErrorCodes.SystemBusy => Result(SendOutcome.TemporaryFailure, "WeCom system busy", TimeSpan.FromMinutes(1)),
            WeComErrorCodes.IpNotTrusted => Result(SendOutcome.TechnicalFailure, "our egress IP is not among the app's trusted IPs"),
            _ when WeComErrorCodes.TokenRejected.Contains(reply.ErrorCode) => Result(SendOutcome.TechnicalFailure, "access token rejected after a refresh"),
            _ => Result(SendOutcome.TechnicalFailure, $"WeCom errcode {code}"),
        };
    }

    private static bool Lists(string? ids, string userId) =>
        ids is { Length: > 0 } && ids.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(userId, StringComparer.OrdinalIgnoreCase);
}
