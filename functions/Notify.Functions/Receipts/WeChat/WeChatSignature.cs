using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Receipts.WeChat;

/// <summary>
/// The Official Account push signatures: SHA-1 over the parts sorted and joined, lower-case hex. <c>signature</c>
/// covers token, timestamp and nonce; safe mode's <c>msg_signature</c> covers the Encrypt text as well.
/// </summary>
public static class WeChatSignature
{
    public static string Compute(string token, string timestamp, string nonce) => Sha1OfSorted(token, timestamp, nonce);

    public static string ComputeForMessage(string token, string timestamp, string nonce, string encrypted) => Sha1OfSorted(token, timestamp, nonce, encrypted);

    /// <summary>Whether <paramref name="signature"/> matches; false for anything missing, including an unconfigured token.</summary>
    public static bool IsValid(string? token, string? timestamp, string? nonce, string? signature) =>
        AllPresent(token, timestamp, nonce, signature) && Matches(Compute(token!, timestamp!, nonce!), signature!);

    /// <summary>Whether <paramref name="msgSignature"/> is the signature of this encrypted message; false for anything missing.</summary>
    public static bool IsValidForMessage(string? token, string? timestamp, string? nonce, string? encrypted, string? msgSignature) =>
        AllPresent(token, timestamp, nonce, encrypted, msgSignature) && Matches(ComputeForMessage(token!, timestamp!, nonce!, encrypted!), msgSignature!);

    private static bool AllPresent(params string?[] values) => values.All(value => !string.IsNullOrEmpty(value));

    private static bool Matches(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given.ToLowerInvariant()));

    private static string Sha1OfSorted(params string[] parts)
    {
        Array.Sort(parts, StringComparer.Ordinal);
#pragma warning disable CA5350 // SHA-1 is what WeChat signs with; we only verify it.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
#pragma warning restore CA5350
    }
}
