namespace Notify.Core.Templates;

/// <summary>
/// How many parts a carrier splits an SMS body into. GSM-7: 160 septets in one part, 153 per part
/// when split, the extended characters (| ^ € { } [ ] ~ \ and form feed) cost two and never straddle
/// two parts. Any other character makes the whole message UCS-2: 70 code units in one part, 67 per part
/// (a character outside the BMP costs two and is not split either).
/// </summary>
public sealed record SmsSegments(SmsEncoding Encoding, int Units, int Parts)
{
    public const int Gsm7Single = 160;
    public const int Gsm7Part = 153;
    public const int Ucs2Single = 70;
    public const int Ucs2Part = 67;

    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Gsm7Extended = "^{}\\[~]|€\f";

    public static SmsSegments Count(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return IsGsm7(body) ? CountGsm7(body) : CountUcs2(body);
    }

    public static bool IsGsm7(string body)
    {
        foreach (var c in body)
        {
            if (!Gsm7Basic.Contains(c, StringComparison.Ordinal) && !Gsm7Extended.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static SmsSegments CountGsm7(string body)
    {
        var units = 0;
        foreach (var c in body)
        {
            units += Gsm7Extended.Contains(c, StringComparison.Ordinal) ? 2 : 1;
        }

        if (units <= Gsm7Single)
        {
            return new(SmsEncoding.Gsm7, units, units == 0 ? 0 : 1);
        }

        var parts = 1;
        var used = 0;
        foreach (var c in body)
        {
            var cost = Gsm7Extended.Contains(c, StringComparison.Ordinal) ? 2 : 1;
            if (used + cost > Gsm7Part)
            {
                parts++;
                used = 0;
            }

            used += cost;
        }

        return new(SmsEncoding.Gsm7, units, parts);
    }

    private static SmsSegments CountUcs2(string body)
    {
        if (body.Length <= Ucs2Single)
        {
            return new(SmsEncoding.Ucs2, body.Length, 1);
        }

        var parts = 1;
        var used = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var cost = char.IsHighSurrogate(body[i]) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1]) ? 2 : 1;
            if (used + cost > Ucs2Part)
            {
                parts++;
                used = 0;
            }

            used += cost;
            i += cost - 1;
        }

        return new(SmsEncoding.Ucs2, body.Length, parts);
    }
}
