using System.Net.Http.Headers;
using Notify.Core.Channels;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Consent;
using Notify.Functions.Deliver;
using Notify.Functions.Receipts.Twilio;

namespace Notify.Functions.Tests.Channels.Sms;

public sealed class TwilioMappingTests
{
    [Theory]
    [InlineData(21211, 400, SendOutcome.PermanentFailure)]
    [InlineData(21614, 400, SendOutcome.PermanentFailure)]
    [InlineData(21408, 400, SendOutcome.PermanentFailure)]
    [InlineData(30003, 400, SendOutcome.PermanentFailure)]
    [InlineData(30005, 400, SendOutcome.PermanentFailure)]
    [InlineData(30006, 400, SendOutcome.PermanentFailure)]
    [InlineData(21610, 400, SendOutcome.Suppressed)]
    [InlineData(20003, 401, SendOutcome.TechnicalFailure)]
    [InlineData(20429, 429, SendOutcome.TemporaryFailure)]
    [InlineData(30001, 400, SendOutcome.TemporaryFailure)]
    [InlineData(30008, 400, SendOutcome.TemporaryFailure)]
    [InlineData(null, 503, SendOutcome.TemporaryFailure)]
    [InlineData(20500, 500, SendOutcome.TemporaryFailure)]
    [InlineData(null, 429, SendOutcome.TemporaryFailure)]
    [InlineData(null, 401, SendOutcome.TechnicalFailure)]
    [InlineData(21999, 400, SendOutcome.PermanentFailure)]
    public void Outcome_TwilioErrorCode_MapsPerIssue(int? code, int httpStatus, SendOutcome expected)
    {
        Assert.Equal(expected, TwilioErrors.Outcome(code, httpStatus));
    }

    [Theory]
    [InlineData("queued", null, DeliveryStatus.Sending)]
    [InlineData("sending", null, DeliveryStatus.Sending)]
    [InlineData("sent", null, DeliveryStatus.Sending)]
    [InlineData("delivered", null, DeliveryStatus.Delivered)]
    [InlineData("read", null, DeliveryStatus.Delivered)]
    [InlineData("undelivered", "30003", DeliveryStatus.PermanentFailure)]
    [InlineData("undelivered", "30006", DeliveryStatus.PermanentFailure)]
    [InlineData("undelivered", "30008", DeliveryStatus.TemporaryFailure)]
    [InlineData("failed", "21610", DeliveryStatus.Suppressed)]
    [InlineData("failed", null, DeliveryStatus.PermanentFailure)]
    [InlineData("canceled", null, DeliveryStatus.Cancelled)]
    [InlineData("received", null, null)]
    [InlineData("", null, null)]
    public void ToDelivery_MessageStatusAndErrorCode_MapsToDeliveryStatus(string status, string? errorCode, DeliveryStatus? expected)
    {
        Assert.Equal(expected, TwilioMessageStatuses.ToDelivery(status, errorCode));
    }

    [Theory]
    [InlineData("退订", SmsReplyKeyword.OptOut)]
    [InlineData("  退订 ", SmsReplyKeyword.OptOut)]
    [InlineData("TD", SmsReplyKeyword.OptOut)]
    [InlineData("td", SmsReplyKeyword.OptOut)]
    [InlineData(" t ", SmsReplyKeyword.OptOut)]
    [InlineData("N", SmsReplyKeyword.OptOut)]
    [InlineData("Stop", SmsReplyKeyword.OptOut)]
    [InlineData("STOP\n", SmsReplyKeyword.OptOut)]
    [InlineData("unsubscribe", SmsReplyKeyword.OptOut)]
    [InlineData("订阅", SmsReplyKeyword.OptIn)]
    [InlineData(" start ", SmsReplyKeyword.OptIn)]
    [InlineData("UNSTOP", SmsReplyKeyword.OptIn)]
    [InlineData("不要退订了谢谢", SmsReplyKeyword.None)]
    [InlineData("stop it", SmsReplyKeyword.None)]
    [InlineData("", SmsReplyKeyword.None)]
    [InlineData(null, SmsReplyKeyword.None)]
    public void Classify_ReplyBody_FindsKeyword(string? body, SmsReplyKeyword expected)
    {
        Assert.Equal(expected, SmsReplyKeywords.Classify(body));
    }

    [Fact]
    public void RetryAfter_SecondsOrDate_IsDelayFromNow()
    {
        var now = new DateTimeOffset(2027, 2, 25, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(7), TwilioRetryAfter.From(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), now));
        Assert.Equal(TimeSpan.FromSeconds(30), TwilioRetryAfter.From(new RetryConditionHeaderValue(now.AddSeconds(30)), now));
        Assert.Equal(TimeSpan.Zero, TwilioRetryAfter.From(new RetryConditionHeaderValue(now.AddSeconds(-30)), now));
        Assert.Null(TwilioRetryAfter.From(null, now));
    }

    [Theory]
    [InlineData("+8613812345678", "+86138****5678")]
    [InlineData("+86 138-1234-5678", "+86138****5678")]
    [InlineData("13812345678", "138****5678")]
    [InlineData("12345", "*****")]
    public void Mask_PhoneNumber_KeepsHeadAndTail(string number, string masked)
    {
        Assert.Equal(masked, SmsNumbers.Mask(number));
    }
}
