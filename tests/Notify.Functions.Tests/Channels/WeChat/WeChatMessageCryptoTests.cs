using Notify.Functions.Channels.WeChat;
using Notify.Functions.Receipts.WeChat;
using Notify.Functions.Tests.Fakes.WeChat;

namespace Notify.Functions.Tests.Channels.WeChat;

public sealed class WeChatMessageCryptoTests
{
    private const string AppId = "wx5823bf96d3bd56c7";
    private const string Xml = "<xml><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[TEMPLATESENDJOBFINISH]]></Event><MsgID>200163836</MsgID><Status><![CDATA[success]]></Status><Note>通知已送达</Note></xml>";

    private readonly WeChatPushSigner _platform = new("event-token", WeChatPushSigner.NewEncodingAesKey(), AppId);

    [Fact]
    public void Decrypt_WhatThePlatformEncrypted_TheMessageWithItsChineseText() =>
        Assert.Equal(Xml, Crypto().Decrypt(_platform.Encrypt(Xml)));

    [Fact]
    public void Decrypt_MessageForAnotherAppId_Null() =>
        Assert.Null(Crypto().Decrypt(_platform.Encrypt(Xml, "wx0000000000000000")));

    [Fact]
    public void Decrypt_AppIdOnlyAPrefixOfOurs_Null() =>
        Assert.Null(Crypto().Decrypt(_platform.Encrypt(Xml, AppId[..^1])));

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("")]
    [InlineData("AAAA")]
    public void Decrypt_NotACiphertext_Null(string encrypted) => Assert.Null(Crypto().Decrypt(encrypted));

    [Fact]
    public void Decrypt_LastBlockCutOff_Null()
    {
        var bytes = Convert.FromBase64String(_platform.Encrypt(Xml));

        Assert.Null(Crypto().Decrypt(Convert.ToBase64String(bytes[..^16])));
    }

    [Fact]
    public void Decrypt_OtherKey_Null() =>
        Assert.Null(Crypto(WeChatPushSigner.NewEncodingAesKey()).Decrypt(_platform.Encrypt(Xml)));

    [Fact]
    public void Decrypt_NoKeyConfigured_Null() => Assert.Null(Crypto("").Decrypt(_platform.Encrypt(Xml)));

    [Fact]
    public void ParseKey_PlatformKey_32Bytes() => Assert.Equal(32, WeChatMessageCrypto.ParseKey(_platform.EncodingAesKey).Length);

    [Theory]
    [InlineData("abc")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDE*G")]
    public void ParseKey_NotAKey_ThrowsNamingTheSettingNotTheValue(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => WeChatMessageCrypto.ParseKey(key));

        Assert.Contains(WeChatMessageCrypto.KeySetting, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeForMessage_SameAsThePlatformsSignatureOverTheCiphertext()
    {
        var ciphertext = _platform.Encrypt(Xml);

        Assert.Equal(WeChatPushSigner.Sha1("event-token", "1714000000", "nonce123", ciphertext), WeChatSignature.ComputeForMessage("event-token", "1714000000", "nonce123", ciphertext));
        Assert.True(WeChatSignature.IsValidForMessage("event-token", "1714000000", "nonce123", ciphertext, WeChatPushSigner.Sha1("event-token", "1714000000", "nonce123", ciphertext).ToUpperInvariant()));
        Assert.False(WeChatSignature.IsValidForMessage("event-token", "1714000000", "nonce123", ciphertext + "A", WeChatPushSigner.Sha1("event-token", "1714000000", "nonce123", ciphertext)));
    }

    private WeChatMessageCrypto Crypto(string? key = null) =>
        new(new WeChatOptions { AppId = AppId, EncodingAesKey = key ?? _platform.EncodingAesKey });
}
