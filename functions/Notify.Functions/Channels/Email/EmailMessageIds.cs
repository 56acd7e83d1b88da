using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Channels.Email;

/// <summary>
/// The Message-ID of a delivery: the same on every retry, so the receiving side and our receipts can
/// recognise a repeat. Delivery ids that are not a valid dot-atom are replaced by their SHA-256.
/// </summary>
public static class EmailMessageIds
{
    public static string For(string deliveryId, string domain)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryId);
        var left = IsDotAtom(deliveryId)
            ? deliveryId
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryId)));
        return $"<{left}@{domain}>";
    }

    private static bool IsDotAtom(string value) =>
        value.Length <= 64
        && value[0] != '.' && value[^1] != '.' && !value.Contains("..", StringComparison.Ordinal)
        && value.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".Contains(c, StringComparison.Ordinal));
}
