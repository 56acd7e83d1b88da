using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Tests.Fakes.WeChat;

/// <summary>
/// Signs and encrypts event pushes as the Official Account platform does. Safe mode (安全模式): the XML,
/// behind 16 random bytes and its 4-byte big-endian length and followed by the appid, is padded PKCS#7-style
/// to 32-byte blocks and encrypted with AES-256-CBC (key = the EncodingAESKey read as Base64, IV = the
/// key's first 16 bytes); msg_signature is the SHA-1 hex of token, timestamp, nonce and that ciphertext,
/// sorted and joined. Plain mode (明文模式) signs token, timestamp and nonce only. Written from the
/// platform's description, independently of the app's code, so the tests check one against the other.
/// </summary>
public sealed class WeChatPushSigner(string token, string encodingAesKey, string appId)
{
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public string Token { get; } = token;

    public string EncodingAesKey { get; } = encodingAesKey;

    public string AppId { get; } = appId;

    /// <summary>A key as the platform's "随机生成" button makes one: 43 letters and digits.</summary>
    public static string NewEncodingAesKey() =>
        string.Concat(Enumerable.Range(0, 43).Select(_ => KeyAlphabet[RandomNumberGenerator.GetInt32(KeyAlphabet.Length)]));

    public static string NewNonce() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>A safe-mode push of <paramref name="xml"/>; the body holds only the recipient account and the ciphertext.</summary>
    public WeChatPush SafeMode(string xml, DateTimeOffset at, string? nonce = null, string openId = "oia2TjuEGTNoeX76QEjQNrcURxG8") =>
        Encrypted(Encrypt(xml), at, nonce ?? NewNonce(), openId, plainXml: null);

    /// <summary>A compatible-mode push: the plain XML fields and the ciphertext side by side.</summary>
    public WeChatPush CompatibleMode(string xml, DateTimeOffset at, string? nonce = null) =>
        Encrypted(Encrypt(xml), at, nonce ?? NewNonce(), "oia2TjuEGTNoeX76QEjQNrcURxG8", plainXml: xml);

    /// <summary>A safe-mode push whose body carries <paramref name="ciphertext"/> as it is, signed over it.</summary>
    public WeChatPush SafeModeCiphertext(string ciphertext, DateTimeOffset at, string? nonce = null) =>
        Encrypted(ciphertext, at, nonce ?? NewNonce(), "oia2TjuEGTNoeX76QEjQNrcURxG8", plainXml: null);

    public WeChatPush PlainMode(string xml, DateTimeOffset at, string? nonce = null)
    {
        var timestamp = Timestamp(at);
        nonce ??= NewNonce();
        return new WeChatPush($"signature={Sha1(Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}", xml);
    }

    public string Encrypt(string xml) => Encrypt(xml, AppId);

    public string Encrypt(string xml, string appId)
    {
        var message = Encoding.UTF8.GetBytes(xml);
        var appIdBytes = Encoding.UTF8.GetBytes(appId);
        var plain = new List<byte>(RandomNumberGenerator.GetBytes(16));
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, message.Length);
        plain.AddRange(length);
        plain.AddRange(message);
        plain.AddRange(appIdBytes);
        var pad = 32 - (plain.Count % 32);
        plain.AddRange(Enumerable.Repeat((byte)pad, pad));

        var key = Convert.FromBase64String(EncodingAesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain.ToArray(), key[..16], PaddingMode.None));
    }

    public static string Sha1(params string[] parts)
    {
        var sorted = parts.Order(StringComparer.Ordinal);
#pragma warning disable CA5350 // The platform signs with SHA-1.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
#pragma warning restore CA5350
    }

    private WeChatPush Encrypted(string ciphertext, DateTimeOffset at, string nonce, string openId, string? plainXml)
    {
        var timestamp = Timestamp(at);
        var query = $"signature={Sha1(Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&openid={openId}"
            + $"&encrypt_type=aes&msg_signature={Sha1(Token, timestamp, nonce, ciphertext)}";
        var plainFields = plainXml is null ? "<ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>" : Inner(plainXml);
        return new WeChatPush(query, $"<xml>{plainFields}<Encrypt><![CDATA[{ciphertext}]]></Encrypt></xml>");
    }

    private static string Inner(string xml)
    {
        var start = xml.IndexOf("<xml>", StringComparison.Ordinal) + "<xml>".Length;
        var end = xml.LastIndexOf("</xml>", StringComparison.Ordinal);
        return xml[start..end];
    }
}
