using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Acknowledgements;

/// <summary>Who opened or confirmed a link, as the audit keeps it: a keyed SHA-256 of the client IP, never the IP itself.</summary>
/// <param name="IpHash">Hex HMAC-SHA256 of the client IP, or "" when the IP is unknown.</param>
/// <param name="UserAgent">The User-Agent header, cut to <see cref="MaxUserAgentLength"/> characters.</param>
public sealed record AcknowledgementActor(string IpHash, string UserAgent)
{
    public const int MaxUserAgentLength = 256;

    /// <summary>
    /// Hashes <paramref name="clientIp"/> with <paramref name="key"/>: a plain SHA-256 of an IPv4 address is reversed by
    /// trying all 2^32 of them, a keyed one is not without the key.
    /// </summary>
    public static AcknowledgementActor Create(string? clientIp, string? userAgent, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var ipHash = string.IsNullOrEmpty(clientIp)
            ? ""
            : Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("audit-ip|" + clientIp)));
        var agent = new string([.. (userAgent ?? "").Where(c => !char.IsControl(c)).Take(MaxUserAgentLength)]);
        return new AcknowledgementActor(ipHash, agent);
    }
}
