using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Notify.Functions.Channels.WeChat;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>
/// Opens safe-mode (安全模式) pushes: the Encrypt text is Base64 of AES-256-CBC ciphertext, keyed with the
/// EncodingAESKey read as Base64 and with the key's first 16 bytes as IV, over 16 random bytes, the message's
/// length (4 bytes, big-endian), the message and the appid, padded PKCS#7-style to 32-byte blocks.
/// </summary>
public sealed class WeChatMessageCrypto
{
    public const string KeySetting = WeChatOptions.Section + ":EncodingAESKey";

    private const int EncodingAesKeyLength = 43;
    private const int AesKeyBytes = 32;
    private const int RandomPrefixBytes = 16;
    private const int LengthBytes = 4;
    private const int PaddingBlock = 32;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _key;
    private readonly byte[] _appId;

    public WeChatMessageCrypto(WeChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = ParseKey(options.EncodingAesKey);
        _appId = Encoding.UTF8.GetBytes(options.AppId);
    }

    /// <summary>Whether a key is configured; without one no encrypted push can be opened.</summary>
    public bool IsConfigured => _key.Length > 0 && _appId.Length > 0;

    /// <summary>The AES key an EncodingAESKey stands for; empty when none is set. Anything else that is not a key throws, naming the setting but never the value.</summary>
    public static byte[] ParseKey(string? encodingAesKey)
    {
        if (string.IsNullOrEmpty(encodingAesKey))
        {
            return [];
        }

        var key = new byte[AesKeyBytes + 1];
        if (encodingAesKey.Length == EncodingAesKeyLength && Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) && written == AesKeyBytes)
        {
            return key[..AesKeyBytes];
        }

        throw new InvalidOperationException(
            $"{KeySetting} must be the {EncodingAesKeyLength}-character EncodingAESKey of the Official Account's server configuration (letters and digits); the configured value is not one.");
    }

    /// <summary>The message inside <paramref name="encrypted"/>; null when it does not decrypt to a well-formed message for our appid.</summary>
    public string? Decrypt(string encrypted)
    {
        ArgumentNullException.ThrowIfNull(encrypted);
        var ciphertext = new byte[encrypted.Length];
        if (!IsConfigured || !Convert.TryFromBase64String(encrypted, ciphertext, out var length) || length == 0 || length % 16 != 0)
        {
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(ciphertext.AsSpan(0, length), _key.AsSpan(0, 16), PaddingMode.None);
        return Unwrap(plain);
    }

    private string? Unwrap(byte[] plain)
    {
        int padding = plain[^1];
        if (padding is < 1 or > PaddingBlock || padding > plain.Length || plain.AsSpan(plain.Length - padding).ContainsAnyExcept((byte)padding))
        {
            return null;
        }

        var content = plain.AsSpan(0, plain.Length - padding);
        if (content.Length < RandomPrefixBytes + LengthBytes)
        {
            return null;
        }

        var body = content[(RandomPrefixBytes + LengthBytes)..];
        var messageLength = BinaryPrimitives.ReadInt32BigEndian(content.Slice(RandomPrefixBytes, LengthBytes));
        if (messageLength < 0 || messageLength > body.Length || !body[messageLength..].SequenceEqual(_appId))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(body[..messageLength]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
