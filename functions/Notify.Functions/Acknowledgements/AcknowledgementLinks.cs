using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Notify.Functions.Acknowledgements;

/// <summary>
/// Signed, expiring acknowledgement links: {PublicBaseUrl}/{route prefix}/a/{token}, token =
/// base64url(payload) + "." + base64url(HMAC-SHA256(key, payload)), payload = the JSON array
/// [policyId, itemId, unitId, expiry in Unix seconds].
/// </summary>
public sealed class AcknowledgementLinks(AcknowledgementSigningKey signingKey, AcknowledgementOptions options, TimeProvider clock)
{
    public const string RouteSegment = "a";

    public const int MaxTokenLength = 2048;
    private const int SignatureBytes = 32;

    public Uri Create(string policyId, string itemId, string unitId, DateTimeOffset expiresUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(policyId);
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        ArgumentException.ThrowIfNullOrEmpty(unitId);
        var payload = Payload(policyId, itemId, unitId, expiresUtc.ToUnixTimeSeconds());
        var token = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(signingKey.Get(), payload));
        var prefix = options.RoutePrefix.Length == 0 ? "" : options.RoutePrefix + "/";
        return new Uri($"{options.PublicBaseUrl.AbsoluteUri.TrimEnd('/')}/{prefix}{RouteSegment}/{token}");
    }

    public AcknowledgementLinkCheck Verify(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return AcknowledgementLinkCheck.Malformed;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.')
            || !TryDecode(token.AsSpan(0, dot), out var payload)
            || !TryDecode(token.AsSpan(dot + 1), out var signature)
            || signature.Length != SignatureBytes)
        {
            return AcknowledgementLinkCheck.Malformed;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(signingKey.Get(), payload)))
        {
            return AcknowledgementLinkCheck.Tampered;
        }

        if (!TryRead(payload, out var policyId, out var itemId, out var unitId, out var expiresUtc))
        {
            return AcknowledgementLinkCheck.Malformed;
        }

        var status = clock.GetUtcNow() >= expiresUtc ? AcknowledgementLinkStatus.Expired : AcknowledgementLinkStatus.Valid;
        return new AcknowledgementLinkCheck(status, policyId, itemId, unitId, expiresUtc);
    }

    private static byte[] Payload(string policyId, string itemId, string unitId, long expires)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(policyId);
            json.WriteStringValue(itemId);
            json.WriteStringValue(unitId);
            json.WriteNumberValue(expires);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.IsEmpty || !Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out _);
    }

    private static bool TryRead(byte[] payload, out string policyId, out string itemId, out string unitId, out DateTimeOffset expiresUtc)
    {
        (policyId, itemId, unitId, expiresUtc) = ("", "", "", default);
        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() != 4
                || array[0].GetString() is not { Length: > 0 } policy
                || array[1].GetString() is not { Length: > 0 } item
                || array[2].GetString() is not { Length: > 0 } unit
                || !array[3].TryGetInt64(out var seconds))
            {
                return false;
            }

            (policyId, itemId, unitId, expiresUtc) = (policy, item, unit, DateTimeOffset.FromUnixTimeSeconds(seconds));
            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
