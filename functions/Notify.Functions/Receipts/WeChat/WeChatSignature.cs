using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>The Official Account push signature: SHA-1 over token, timestamp and nonce sorted and joined, lower-case hex.</summary>
public static class WeChatSignature
{
    public static string Compute(string token, string timestamp, string nonce)
    {
        string[] parts = [token, timestamp, nonce];
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350 // SHA-1 is what WeChat signs with; we only verify it.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }

    /// <summary>Whether <paramref name="signature"/> matches; false for anything missing, including an unconfigured token.</summary>
    public static bool IsValid(string? token, string? timestamp, string? nonce, string? signature)
    {
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(token, timestamp, nonce));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
