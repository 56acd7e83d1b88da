namespace Notify.Core.Items;

/// <summary>
/// Where a scanned line's titles (《…》, 〈…〉), parentheses and sentences lie. A title or parenthesis left
/// open or closed by a line break is taken to run to the line's edge.
/// </summary>
internal sealed class LineLayout
{
    private readonly List<(int Start, int End)> _titles = [];
    private readonly List<(int Start, int End)> _parentheses = [];
    private readonly List<(int Start, int End)> _sentences = [];

    /// <param name="text">The scanned line.</param>
    /// <param name="tableRow">A table row: the whole row is one sentence.</param>
    public LineLayout(string text, bool tableRow)
    {
        Text = text;
        CollectPairs(text, '《', '》', _titles);
        CollectPairs(text, '〈', '〉', _titles);
        CollectPairs(text, '（', '）', _parentheses);
        CollectSentences(text, tableRow, _sentences);
    }

    public string Text { get; }

    public bool InTitle(int index) => Inside(_titles, index);

    public bool InParentheses(int index) => Inside(_parentheses, index);

    public (int Start, int End) SentenceAt(int index)
    {
        foreach (var sentence in _sentences)
        {
            if (index < sentence.End)
            {
                return sentence;
            }
        }

        return _sentences.Count > 0 ? _sentences[^1] : (0, Text.Length);
    }

    /// <summary>Where the clause holding <paramref name="index"/> starts (after the last ，；：。 or tab).</summary>
    public int ClauseStart(int index)
    {
        for (var i = Math.Min(index, Text.Length) - 1; i >= 0; i--)
        {
            if (IsClauseBreak(Text[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>Where the clause holding <paramref name="index"/> ends (at the next ，；：。 or tab).</summary>
    public int ClauseEnd(int index)
    {
        for (var i = index; i < Text.Length; i++)
        {
            if (IsClauseBreak(Text[i]))
            {
                return i;
            }
        }

        return Text.Length;
    }

    /// <summary>True when only list markers, brackets or quotes stand between the clause start and <paramref name="index"/>.</summary>
    public bool StartsClause(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = Text[i];
            if (IsClauseBreak(c) || c is '）' or '、')
            {
                return true;
            }

            if (c is not ('“' or '"' or '‘' or '（' or '-' or '*' or '#' or '.'))
            {
                return char.IsAsciiDigit(c) && OnlyListMarkerBefore(i);
            }
        }

        return true;
    }

    public static bool IsClauseBreak(char c) => c is '，' or '；' or '：' or '。' or '！' or '？' or '\t';

    private bool OnlyListMarkerBefore(int index)
    {
        for (var i = index; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(Text[i]) && Text[i] is not ('.' or '．' or '、' or '-' or ' '))
            {
                return IsClauseBreak(Text[i]);
            }
        }

        return true;
    }

    private static bool Inside(List<(int Start, int End)> ranges, int index)
    {
        foreach (var (start, end) in ranges)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }

        return false;
    }

    private static void CollectPairs(string text, char open, char close, List<(int Start, int End)> ranges)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == open)
            {
                if (depth == 0)
                {
                    start = i;
                }

                depth++;
            }
            else if (text[i] == close)
            {
                if (depth == 0)
                {
                    // Closed without an opening on this line: the line began inside it.
                    ranges.Add((0, i + 1));
                }
                else if (--depth == 0)
                {
                    ranges.Add((start, i + 1));
                }
            }
        }

        if (depth > 0)
        {
            ranges.Add((start, text.Length));
        }
    }

    private static void CollectSentences(string text, bool tableRow, List<(int Start, int End)> sentences)
    {
        if (tableRow)
        {
            sentences.Add((0, text.Length));
            return;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '”' or '’' or '）')
                {
                    end++;
                }

                sentences.Add((start, end));
                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }
    }
}
