using Notify.Core.Channels;
using Notify.Functions.Channels.Sandbox;

namespace Notify.Functions.Tests.Channels.Sandbox;

public sealed class AddressMaskTests
{
    [Theory]
    [InlineData(ChannelKind.Sms, "13800000000", "138****0000")]
    [InlineData(ChannelKind.Sms, "+8613800000000", "+86****0000")]
    [InlineData(ChannelKind.Email, "zhang.san@example.cn", "z***@example.cn")]
    [InlineData(ChannelKind.WeChat, "oAbCdEfGhIjKlMnOpQ", "oA****pQ")]
    [InlineData(ChannelKind.WeCom, "ZhangSan", "****")]
    [InlineData(ChannelKind.Sms, "12345", "****")]
    public void Mask_Address_KeepsOnlyEnoughToRecognise(ChannelKind kind, string address, string masked) =>
        Assert.Equal(masked, AddressMask.Mask(kind, address));
}
