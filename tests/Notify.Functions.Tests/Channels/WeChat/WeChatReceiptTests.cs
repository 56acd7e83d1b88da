using Notify.Functions.Deliver;
using Notify.Functions.Receipts.WeChat;

namespace Notify.Functions.Tests.Channels.WeChat;

public sealed class WeChatReceiptTests
{
    [Fact]
    public void Compute_KnownValues_MatchesSha1OfSortedParts() =>
        Assert.Equal("32054aaa8269c5b71adf2ec000ab367cc3783cc8", WeChatSignature.Compute("event-token", "1714000000", "nonce123"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void IsValid_TokenNotConfigured_False(string? token) =>
        Assert.False(WeChatSignature.IsValid(token, "1714000000", "nonce123", WeChatSignature.Compute("", "1714000000", "nonce123")));

    [Fact]
    public void IsValid_UpperCaseHex_True() =>
        Assert.True(WeChatSignature.IsValid("event-token", "1714000000", "nonce123", "32054AAA8269C5B71ADF2EC000AB367CC3783CC8"));

    [Theory]
    [InlineData("success", DeliveryStatus.Delivered)]
    [InlineData("failed:user block", DeliveryStatus.PermanentFailure)]
    [InlineData("failed: user block", DeliveryStatus.PermanentFailure)]
    [InlineData("failed: system failed", DeliveryStatus.TemporaryFailure)]
    [InlineData("something new", DeliveryStatus.TemporaryFailure)]
    public void From_StatusText_MapsToDeliveryStatus(string status, DeliveryStatus expected) =>
        Assert.Equal(expected, WeChatReceiptStatus.From(status).Status);

    [Fact]
    public void ReadTemplateJobFinished_DoctypeWithEntity_Null() =>
        Assert.Null(WeChatEventXml.ReadTemplateJobFinished(
            "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><MsgType>event</MsgType><Event>TEMPLATESENDJOBFINISH</Event><MsgID>&e;</MsgID></xml>"));

    [Fact]
    public void ReadTemplateJobFinished_Event_RedactsTheOpenIdFromTheRecordedXml()
    {
        var finished = WeChatEventXml.ReadTemplateJobFinished(
            "<xml><FromUserName><![CDATA[oResident777]]></FromUserName><MsgType>event</MsgType><Event>TEMPLATESENDJOBFINISH</Event><MsgID>1</MsgID><Status>success</Status></xml>");

        Assert.DoesNotContain("oResident777", finished?.RedactedXml, StringComparison.Ordinal);
        Assert.Contains("<MsgID>1</MsgID>", finished?.RedactedXml, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTemplateJobFinished_Event_ReadsMsgIdAndStatus()
    {
        var finished = WeChatEventXml.ReadTemplateJobFinished(
            "<xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>200163836</MsgID><Status><![CDATA[failed:user block]]></Status></xml>");

        Assert.Equal("200163836", finished?.MsgId);
        Assert.Equal("failed:user block", finished?.Status);
    }
}
