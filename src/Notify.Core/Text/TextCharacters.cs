namespace Notify.Core.Text;

/// <summary>Character classes the normalizer decides spacing and punctuation by.</summary>
internal static class TextCharacters
{
    /// <summary>CJK ideographs and the punctuation that sits among them, including full-width forms and “”—…·.</summary>
    public static bool IsCjk(char c) =>
        c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF00' and <= '\uFFEF') or '“' or '”' or '‘' or '’' or '—' or '…' or '·'
        || char.IsSurrogate(c);

    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') || char.IsSurrogate(c);

    public static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || c == '%';

    public static bool IsMongolian(char c) => c is >= '\u1800' and <= '\u18AF';

    /// <summary>Characters dropped outright: byte-order marks, zero-width marks, C0/C1 controls (tab excepted).</summary>
    public static bool IsInvisible(char c) =>
        c is '\uFEFF' or (>= '\u200B' and <= '\u200D') or '\u2060' or '\u180E'
        || (char.IsControl(c) && c is not '\t' and not '\f' and not '\v');

    /// <summary>Whitespace that becomes a plain space (the tab is kept: it separates table cells).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\f' or '\v' or '\u202F' or '\u205F' or (>= '\u2000' and <= '\u200A');

    /// <summary>
    /// Full-width ASCII (U+FF01–FF5E) as half-width, except the brackets kept as they are (［］｛｝) and the
    /// full-width tilde used in ranges. The punctuation that the normalized form wants full-width is turned
    /// back later by <see cref="CharacterNormalizer"/>.
    /// </summary>
    public static char ToHalfWidth(char c) =>
        c is >= '\uFF01' and <= '\uFF5E' and not '［' and not '］' and not '｛' and not '｝' and not '～'
            ? (char)(c - 0xFEE0)
            : c;

    public static char ToFullWidth(char c) => c switch
    {
        '(' => '（',
        ')' => '）',
        ':' => '：',
        ';' => '；',
        ',' => '，',
        '!' => '！',
        '?' => '？',
        _ => c,
    };
}
