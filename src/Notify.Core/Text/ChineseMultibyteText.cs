using System.Text;

namespace Notify.Core.Text;

/// <summary>
/// Reads GB18030/GBK bytes, but only when they decode cleanly and look like Chinese writing: GB18030 gives
/// a meaning to almost any byte pair, so Latin-1 or Windows-1252 text would otherwise "decode" into rare
/// characters. Chinese prose is dominated by the 3,755 common characters (GB2312 level 1, lead bytes
/// B0–D7) and full-width punctuation (A1–A9); misread Western text lands elsewhere.
/// </summary>
internal static class ChineseMultibyteText
{
    private const double MinimumFamiliarShare = 0.6;

    private static readonly Encoding Gb18030 = CreateGb18030();

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        text = string.Empty;
        if (!LooksChinese(bytes))
        {
            return false;
        }

        try
        {
            text = Gb18030.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool LooksChinese(ReadOnlySpan<byte> bytes)
    {
        int multibyte = 0, familiar = 0, common = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = bytes[i];
            if (lead < 0x81 || lead == 0xFF)
            {
                continue;
            }

            multibyte++;
            if (i + 1 >= bytes.Length)
            {
                return false;
            }

            var trail = bytes[i + 1];
            if (trail is >= 0x30 and <= 0x39)
            {
                i += 3;
                continue;
            }

            i++;
            if (trail < 0xA1)
            {
                continue;
            }

            if (lead is >= 0xB0 and <= 0xD7)
            {
                common++;
                familiar++;
            }
            else if (lead is >= 0xA1 and <= 0xA9)
            {
                familiar++;
            }
        }

        return common > 0 && familiar >= multibyte * MinimumFamiliarShare;
    }

    private static Encoding CreateGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
