using System.Globalization;
using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeChat;

/// <summary>Maps a template-send reply to a <see cref="SendResult"/>: accepted with its msgid, or why not.</summary>
public static class WeChatSendResults
{
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static SendResult From(TencentApiReply? reply, DateTimeOffset now, WeChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reply is null)
        {
            return new SendResult(SendOutcome.TemporaryFailure, Reason: "WeChat answered with a server error");
        }

        var code = reply.ErrorCode.ToString(CultureInfo.InvariantCulture);
        SendResult Result(SendOutcome outcome, string reason, TimeSpan? retryAfter = null) =>
            new(outcome, ErrorCode: code, Reason: reason, RawResponse: reply.Raw, RetryAfter: retryAfter);

        return reply.ErrorCode switch
        {
            0 => new SendResult(SendOutcome.Accepted, ProviderMessageId: reply.String("msgid"), RawResponse: reply.Raw),
            WeChatErrorCodes.NotFollowing => Result(SendOutcome.PermanentFailure, "recipient does not follow the Official Account"),
            WeChatErrorCodes.UserRefused => Result(SendOutcome.PermanentFailure, "recipient refused messages from the Official Account"),
            WeChatErrorCodes.InvalidOpenId => Result(SendOutcome.PermanentFailure, "openid is not valid for this Official Account"),
            WeChatErrorCodes.UserLimited => Result(SendOutcome.PermanentFailure, "recipient's account is limited"),
            WeChatErrorCodes.DailyQuotaReached => Result(SendOutcome.TemporaryFailure, "daily template message quota reached", options.QuotaRetryAfter ?? UntilBeijingMidnight(now)),
            WeChatErrorCodes.MinuteFrequencyLimit => Result(SendOutcome.TemporaryFailure, "per-minute frequency limit reached", TimeSpan.FromMinutes(1)),
            WeChatErrorCodes.SystemBusy => Result(SendOutcome.TemporaryFailure, "WeChat system busy", TimeSpan.FromMinutes(1)),
            WeChatErrorCodes.InvalidTemplateId => Result(SendOutcome.TechnicalFailure, "template id is not registered on the Official Account"),
            _ when WeChatErrorCodes.TokenRejected.Contains(reply.ErrorCode) => Result(SendOutcome.TechnicalFailure, "access token rejected after a refresh"),
            _ => Result(SendOutcome.TechnicalFailure, $"WeChat errcode {code}"),
        };
    }

    /// <summary>The daily quota resets at midnight China time (UTC+8, no daylight saving).</summary>
    private static TimeSpan UntilBeijingMidnight(DateTimeOffset now)
    {
        var local = now.ToOffset(BeijingOffset);
        return new DateTimeOffset(local.Date.AddDays(1), BeijingOffset) - now;
    }
}
