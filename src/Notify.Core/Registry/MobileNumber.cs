namespace Notify.Core.Registry;

/// <summary>Mainland China mobile numbers, normalised to E.164 ("+8613800000000").</summary>
public static class MobileNumber
{
    /// <summary>
    /// Accepts "13800000000", "+8613800000000", "86 13800000000", "+86 138-0000-0000"; returns null for anything
    /// that is not 11 digits starting with 1 and a second digit 3–9.
    /// </summary>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> digits = stackalloc char[16];
        var count = 0;
        var trimmed = text.Trim();
        var start = trimmed.StartsWith('+') ? 1 : 0;
        for (var i = start; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == digits.Length)
            {
                return null;
            }

            digits[count++] = c;
        }

        ReadOnlySpan<char> national = digits[..count];
        if (national.Length == 13 && national.StartsWith("86"))
        {
            national = national[2..];
        }
        else if (start == 1)
        {
            return null;
        }

        return national.Length == 11 && national[0] == '1' && national[1] is >= '3' and <= '9'
            ? "+86" + new string(national)
            : null;
    }
}
