using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>
/// Finds a document's title next to its 文号: on the lines just before it (the gazette layout) or just
/// after it (the red-header layout), re-assembling a title the normalizer left in pieces.
/// </summary>
internal static class TitleLocator
{
    private const int MaximumPieces = 3;
    private const int MaximumFields = 4;

    public readonly record struct Found(int First, int Last, string Text);

    /// <summary>The title next to a number standing on lines <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static Found? Near(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        var before = Before(lines, first);
        var after = After(lines, last);
        if (before is { } b && after is { } a)
        {
            return Mentions(a.Text) && !Mentions(b.Text) ? a : b;
        }

        return before ?? after;
    }

    /// <summary>A title on the lines just before <paramref name="index"/> (exclusive).</summary>
    public static Found? Before(IReadOnlyList<NormalizedLine> lines, int index)
    {
        for (var pieces = 1; pieces <= MaximumPieces && index - pieces >= 0; pieces++)
        {
            var first = index - pieces;
            if (!IsPiece(lines[first].Text))
            {
                break;
            }

            var text = Concatenate(lines, first, index - 1);
            if (LineShapes.EndsLikeTitle(text) && (pieces == 1 || Mentions(text)))
            {
                return WithIssuerBefore(lines, new Found(first, index - 1, text));
            }
        }

        return null;
    }

    /// <summary>A title on the lines just after <paramref name="index"/> (exclusive).</summary>
    public static Found? After(IReadOnlyList<NormalizedLine> lines, int index)
    {
        for (var pieces = 1; pieces <= MaximumPieces && index + pieces < lines.Count; pieces++)
        {
            var last = index + pieces;
            if (!IsPiece(lines[last].Text))
            {
                break;
            }

            var text = Concatenate(lines, index + 1, last);
            if (LineShapes.EndsLikeTitle(text))
            {
                return new Found(index + 1, last, text);
            }
        }

        return null;
    }

    /// <summary>The title below a web page's metadata fields ("发文字号：…", "成文日期：…").</summary>
    public static Found? AfterFields(IReadOnlyList<NormalizedLine> lines, int index)
    {
        for (var i = index + 1; i < lines.Count && i <= index + MaximumFields; i++)
        {
            var text = lines[i].Text;
            if (IsPiece(text) && LineShapes.EndsLikeTitle(text))
            {
                return new Found(i, i, text);
            }

            if (!LineShapes.LabelStart().IsMatch(text))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>A line that can be (part of) a title: no sentence punctuation, not a date, 文号, heading or contents entry.</summary>
    public static bool IsPiece(string text) =>
        text.Length is >= 2 and <= 120
        && !LineShapes.HasSentencePunctuation(text)
        && !LineShapes.IsStandalone(text)
        && !LineShapes.HeadingMarker().IsMatch(text)
        && !char.IsAsciiDigit(text[0]);

    private static bool Mentions(string text) => text.Contains("关于", StringComparison.Ordinal);

    private static Found WithIssuerBefore(IReadOnlyList<NormalizedLine> lines, Found title)
    {
        var previous = title.First - 1;
        return LineShapes.StartsWithGuanyu(title.Text) && previous >= 0 && LineShapes.IsOrganizationName(lines[previous].Text)
            ? new Found(previous, title.Last, lines[previous].Text + title.Text)
            : title;
    }

    private static string Concatenate(IReadOnlyList<NormalizedLine> lines, int first, int last) =>
        first == last ? lines[first].Text : string.Concat(Enumerable.Range(first, last - first + 1).Select(i => lines[i].Text));
}
