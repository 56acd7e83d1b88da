using System.Security.Cryptography;
using System.Text;

namespace Notify.Functions.Channels.Sms;

/// <summary>Phone numbers as personal data: the one normal form we store keys for, the mask we log, the hash we key tables with.</summary>
public static class SmsNumbers
{
    /// <summary>The E.164 form without the spaces, dashes and brackets people type.</summary>
    public static string Normalize(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var builder = new StringBuilder(number.Length);
        foreach (var c in number.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && builder.Length == 0))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Keeps the first three and last four digits: +8613800000000 → +86138****0000.</summary>
    public static string Mask(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "(none)";
        }

        var normal = Normalize(number);
        var digitsStart = normal.StartsWith('+') ? Math.Min(3, normal.Length) : 0;
        var keepHead = Math.Min(normal.Length, digitsStart + 3);
        return normal.Length <= keepHead + 4
            ? new string('*', normal.Length)
            : string.Concat(normal.AsSpan(0, keepHead), "****", normal.AsSpan(normal.Length - 4));
    }

    /// <summary>Lower-case hex SHA-256 of the normal form: a pseudonymous table key (not anonymous: numbers are guessable).</summary>
    public static string Hash(string number) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(number))));
}
