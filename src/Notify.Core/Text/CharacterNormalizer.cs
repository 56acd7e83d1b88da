using System.Text;

namespace Notify.Core.Text;

/// <summary>
/// The character-level half of normalization, in two steps so that noise can be recognised on the text
/// while its spacing is still intact:
/// <see cref="Prepare"/> drops invisible characters and Mongolian script, folds Traditional characters to Simplified, turns full-width ASCII half-width
/// and collapses whitespace (a tab, which separates table cells, survives as a tab);
/// <see cref="Finish"/> applies the normalized form: （）：；，！？ full-width except between two digits, no
/// spaces between CJK characters or between CJK and digits, tabs as single spaces.
/// </summary>
internal static class CharacterNormalizer
{
    public static string Prepare(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var pendingSpace = false;
        var pendingTab = false;
        foreach (var original in raw)
        {
            if (TextCharacters.IsInvisible(original) || TextCharacters.IsMongolian(original))
            {
                continue;
            }

            if (original == '\t')
            {
                pendingTab = true;
                continue;
            }

            if (TextCharacters.IsSpace(original))
            {
                pendingSpace = true;
                continue;
            }

            if (builder.Length > 0 && (pendingSpace || pendingTab))
            {
                builder.Append(pendingTab ? '\t' : ' ');
            }

            pendingSpace = pendingTab = false;
            builder.Append(TextCharacters.ToHalfWidth(TraditionalFolding.Fold(original)));
        }

        return builder.ToString();
    }

    public static string Finish(string prepared)
    {
        var builder = new StringBuilder(prepared.Length);
        for (var i = 0; i < prepared.Length; i++)
        {
            var c = prepared[i];
            if (c is ' ' or '\t')
            {
                if (i + 1 < prepared.Length && builder.Length > 0 && (c == '\t' || !IsSpaceDropped(builder[^1], PunctuationAt(prepared, i + 1))))
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(PunctuationAt(prepared, i));
        }

        return builder.ToString();
    }

    private static bool IsSpaceDropped(char before, char after) =>
        (TextCharacters.IsCjk(before) && (TextCharacters.IsCjk(after) || TextCharacters.IsDigitLike(after)))
        || (TextCharacters.IsDigitLike(before) && TextCharacters.IsCjk(after));

    private static char PunctuationAt(string text, int index)
    {
        var c = text[index];
        switch (c)
        {
            case '(' or ')':
                return TextCharacters.ToFullWidth(c);
            case ':' or ';' or ',' or '!' or '?' or '：' or '，':
                var betweenDigits = index > 0 && index + 1 < text.Length && char.IsAsciiDigit(text[index - 1]) && char.IsAsciiDigit(text[index + 1]);
                if (betweenDigits)
                {
                    return c switch { '：' => ':', '，' => ',', _ => c };
                }

                var inUrl = c == ':' && text.AsSpan(index + 1).StartsWith("//", StringComparison.Ordinal);
                return inUrl ? c : TextCharacters.ToFullWidth(c);
            default:
                return c;
        }
    }
}
