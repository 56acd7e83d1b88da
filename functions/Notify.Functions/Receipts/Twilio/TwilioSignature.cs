using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Receipts.Twilio;

/// <summary>
/// X-Twilio-Signature for form-encoded webhooks (PROTOCOLS §4.4): Base64 HMAC-SHA1, keyed with the
/// auth token, over the URL followed by each parameter's name and value in ordinal name order.
/// </summary>
public static class TwilioSignature
{
    public const string HeaderName = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio's protocol fixes HMAC-SHA1; we only verify with it.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }

    /// <summary>
    /// True when <paramref name="signature"/> matches the URL as given, with its default port added or
    /// with it removed: Twilio signs either form, depending on the product.
    /// </summary>
    public static bool IsValid(string authToken, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(signature);
        return UrlVariants(url).Aggregate(false, (matched, candidate) =>
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Compute(authToken, candidate, parameters)), given) | matched);
    }

    private static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsDefaultPort)
        {
            yield break;
        }

        var explicitPort = $"{uri.Scheme}://{uri.Host}:{uri.Port}{uri.PathAndQuery}";
        var noPort = $"{uri.Scheme}://{uri.Host}{uri.PathAndQuery}";
        foreach (var variant in new[] { explicitPort, noPort }.Distinct(StringComparer.Ordinal).Where(v => v != url))
        {
            yield return variant;
        }
    }
}
