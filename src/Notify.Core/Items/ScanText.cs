using System.Buffers;

namespace Notify.Core.Items;

/// <summary>
/// The form of a line the time patterns run on: spaces dropped ("2023 年 10 月" → "2023年10月"), full-width
/// digits made ASCII, ASCII ( ) , ; : made full-width (except between digits), and Chinese numerals that
/// count years, months, days or times made ASCII ("二〇二三年十月" → "2023年10月", "两次" → "2次"). Keeps a map
/// from every scan character back to the caller's string.
/// </summary>
internal sealed class ScanText
{
    private const string NumeralChars = "〇零一二三四五六七八九十两";
    private const string CountedUnits = "年月日号天个次篇周岁";

    private static readonly SearchValues<char> Numerals = SearchValues.Create(NumeralChars);
    private static readonly SearchValues<char> RewrittenChars = SearchValues.Create(" \u3000\u00A0\r\n(),;:０１２３４５６７８９");

    private readonly int[]? _starts;
    private readonly int[]? _ends;
    private readonly int _originalLength;

    private ScanText(string text, int[]? starts, int[]? ends, int originalLength)
    {
        Text = text;
        _starts = starts;
        _ends = ends;
        _originalLength = originalLength;
    }

    public string Text { get; }

    public static ScanText From(string original)
    {
        if (!NeedsRewrite(original))
        {
            return new ScanText(original, null, null, original.Length);
        }

        // A numeral never grows more than twofold ("十" → "10").
        var text = new char[original.Length * 2];
        var starts = new int[text.Length];
        var ends = new int[text.Length];
        var length = 0;
        var i = 0;
        while (i < original.Length)
        {
            var c = original[i];
            if (c is ' ' or '\u3000' or '\u00A0' or '\r' or '\n')
            {
                // Two numbers a space apart ("14 2019年") must not run together.
                if (length > 0 && char.IsAsciiDigit(text[length - 1]) && NextVisible(original, i) is { } next && (char.IsAsciiDigit(next) || next is >= '０' and <= '９'))
                {
                    (text[length], starts[length], ends[length]) = (' ', i, i + 1);
                    length++;
                }

                i++;
                continue;
            }

            if (NumeralChars.Contains(c, StringComparison.Ordinal))
            {
                var runEnd = i;
                while (runEnd < original.Length && NumeralChars.Contains(original[runEnd], StringComparison.Ordinal))
                {
                    runEnd++;
                }

                var unit = NextVisible(original, runEnd);
                var value = unit is { } u && CountedUnits.Contains(u, StringComparison.Ordinal)
                    ? ChineseNumeral.ToDigits(original.AsSpan(i, runEnd - i), u)
                    : null;
                if (value is not null)
                {
                    foreach (var digit in value)
                    {
                        (text[length], starts[length], ends[length]) = (digit, i, runEnd);
                        length++;
                    }

                    i = runEnd;
                    continue;
                }

                for (; i < runEnd; i++)
                {
                    (text[length], starts[length], ends[length]) = (original[i], i, i + 1);
                    length++;
                }

                continue;
            }

            (text[length], starts[length], ends[length]) = (Rewrite(original, i), i, i + 1);
            length++;
            i++;
        }

        return new ScanText(new string(text, 0, length), starts, ends, original.Length);
    }

    /// <summary>Maps a span of <see cref="Text"/> back to the caller's string.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (_starts is null || _ends is null)
        {
            return (start, length);
        }

        if (start >= Text.Length)
        {
            return (_originalLength, 0);
        }

        var originalStart = _starts[start];
        if (length <= 0)
        {
            return (originalStart, 0);
        }

        var originalEnd = _ends[Math.Min(start + length, Text.Length) - 1];
        return (originalStart, originalEnd - originalStart);
    }

    private static bool NeedsRewrite(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(RewrittenChars) >= 0)
        {
            return true;
        }

        // A numeral matters only before a unit ("十月", "两次"); "一是", "第三" stay as they are.
        for (var i = span.IndexOfAny(Numerals); i >= 0 && i < span.Length - 1; i = NextNumeral(span, i + 1))
        {
            if (CountedUnits.Contains(span[i + 1], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextNumeral(ReadOnlySpan<char> span, int from)
    {
        var next = span[from..].IndexOfAny(Numerals);
        return next < 0 ? -1 : from + next;
    }

    private static char? NextVisible(string text, int index)
    {
        for (; index < text.Length; index++)
        {
            if (text[index] is not (' ' or '\u3000' or '\u00A0'))
            {
                return text[index];
            }
        }

        return null;
    }

    private static char Rewrite(string text, int i)
    {
        var c = text[i];
        return c switch
        {
            >= '０' and <= '９' => (char)('0' + (c - '０')),
            '(' => '（',
            ')' => '）',
            ';' => '；',
            ',' when !BetweenDigits(text, i) => '，',
            ':' when !BetweenDigits(text, i) => '：',
            _ => c,
        };
    }

    private static bool BetweenDigits(string text, int i)
        => i > 0 && i < text.Length - 1 && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
}
