using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Tests.Fakes.Twilio;

/// <summary>
/// Signs a webhook as Twilio does (PROTOCOLS §4.4): Base64 HMAC-SHA1, keyed with the auth token, over the
/// URL followed by each parameter's name and value in ordinal name order. Written independently of the
/// SDK's validator so the tests check one against the other.
/// </summary>
public static class TwilioWebhookSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio's protocol fixes HMAC-SHA1.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }
}
