using System.Buffers;

namespace Notify.Core.Text;

/// <summary>
/// Decides whether a source line continues the logical line before it. In order: structure that forces a
/// join (a line starting with 。，）, the rest of a title, a heading broken before its full stop); structure
/// that forbids one (a finished sentence, a heading, title, date or 文号 before; a heading, label, list entry,
/// date or title after); wording that shows the sentence goes on (、，的和… at the end, an open 《 or （);
/// and finally layout: a line that follows directly must look wrapped (about as long as a full line, or
/// part of a paragraph already wrapped), a line after a blank or a page break must end unfinished prose.
/// </summary>
internal static class ContinuationRules
{
    private const int WrappedLength = 17;
    private const int WrappedWithoutPunctuation = 30;
    private const int LongProse = 40;
    private const int LongTightProse = 30;
    private const int SimilarWidthSlack = 6;
    private const int SplitHeadingTail = 10;

    private static readonly SearchValues<char> TightProseMarks = SearchValues.Create("，。、；《》（）“”");
    private static readonly SearchValues<char> LooseProseMarks = SearchValues.Create("，。、；");
    private static readonly SearchValues<char> Connectors = SearchValues.Create("、，（《“的和与及或为在对将把以向从由于并");
    private static readonly SearchValues<char> ClosingPunctuation = SearchValues.Create("，。、；：！？）》”’」』〕】");

    public static bool Continues(LogicalLineBuilder previous, CleanLine line, LineGap gap, CleanLine? after)
    {
        var text = previous.Text;
        var next = line.Text;
        if (gap.Hard || previous.Has(LineTraits.TableRow) || line.Has(LineTraits.ContentsEntry | LineTraits.TableRow | LineTraits.Bullet))
        {
            return false;
        }

        if (previous.Has(LineTraits.ContentsEntry))
        {
            // A long contents entry wraps: "1 包头市人民政府关于印发…的通" + "知".
            return gap.IsTight && !LineShapes.EndsLikeTitle(text) && !StartsUnit(next, after) && !LineShapes.HasSentencePunctuation(next);
        }

        if (MustContinue(text, next))
        {
            return true;
        }

        if (IsClosed(previous, gap) || StartsUnit(next, after) || LineShapes.EndsSentence(text))
        {
            return false;
        }

        if (IsTitleFragment(text, next) || Connectors.Contains(text[^1]) || HasOpenBracket(text))
        {
            return true;
        }

        return gap.IsTight ? LooksWrapped(previous, next) : RunsOnAcrossGap(previous, gap);
    }

    private static bool MustContinue(string text, string next) =>
        (ClosingPunctuation.Contains(next[0]) && !LineShapes.IsStandalone(text))
        || IsSplitNumber(text, next)
        || IsTitleTail(text, next)
        || IsSplitHeading(text, next)
        || (LineShapes.IsOrganizationName(text) && LineShapes.IsOpeningTitle(next));

    private static bool LooksWrapped(LogicalLineBuilder previous, string next)
    {
        var text = previous.Text;
        var prose = text.AsSpan().IndexOfAny(LooseProseMarks) >= 0;

        // A wrapped paragraph whose last line stops mid-sentence was cut at a page end.
        if (prose && (previous.SegmentCount > 1 || (text.Length >= LongTightProse && !LineShapes.IsHeadingOnly(text))))
        {
            return true;
        }

        // A short line followed by a much longer one is a heading or a name over a paragraph, not a wrap.
        var similarWidth = next.Length <= previous.LastSegmentLength + SimilarWidthSlack;
        return previous.LastSegmentLength >= WrappedLength && similarWidth
            && (text.AsSpan().IndexOfAny(TightProseMarks) >= 0
                || previous.SegmentCount > 1
                || text.Length >= WrappedWithoutPunctuation
                || LineShapes.HeadingMarker().IsMatch(text));
    }

    private static bool RunsOnAcrossGap(LogicalLineBuilder previous, LineGap gap)
    {
        var text = previous.Text;
        var wrapped = previous.LastSegmentLength >= WrappedLength;

        // An unfinished full line at the foot of a page goes on over the page.
        if (gap.PageBreak && wrapped)
        {
            return true;
        }

        var prose = text.AsSpan().IndexOfAny(LooseProseMarks) >= 0 || LineShapes.HeadingMarker().IsMatch(text);
        return (prose && (wrapped || text.Length >= LongProse))
            || (text.AsSpan().IndexOfAny(TightProseMarks) >= 0 && text.Length >= LongProse);
    }

    private static bool IsClosed(LogicalLineBuilder line, LineGap gap)
    {
        var text = line.Text;
        if (LineShapes.IsStandalone(text) || LineShapes.IsTitleLike(text) || LineShapes.QuotedTitle(text) is not null)
        {
            return true;
        }

        // A heading-looking first line of a narrow column wraps straight on; a real heading is short.
        return LineShapes.IsHeadingOnly(text) && !(gap.IsTight && line.LastSegmentLength >= WrappedLength);
    }

    private static bool StartsUnit(string text, CleanLine? after) =>
        LineShapes.HeadingMarker().IsMatch(text)
        || LineShapes.LabelStart().IsMatch(text)
        || LineShapes.IsStandalone(text)
        || LineShapes.IsAddresseeLine(text)
        || LineShapes.IsOpeningTitle(text)
        || text.StartsWith("特此", StringComparison.Ordinal)
        || (LineShapes.IsOrganizationName(text) && after is not null && LineShapes.StartsWithGuanyu(after.Text));

    /// <summary>"…按5：" + "3:2的比例…": a ratio or a thousands separator broken at the line end.</summary>
    private static bool IsSplitNumber(string text, string next) =>
        text.Length > 1 && text[^1] is '：' or '，' && char.IsAsciiDigit(text[^2]) && char.IsAsciiDigit(next[0]);

    /// <summary>"…关于印发包头市推进" + "养老服务发展实施方案的通知": the rest of a title.</summary>
    private static bool IsTitleTail(string text, string next) =>
        text.Length <= 80 && next.Length <= 40
        && text.Contains("关于", StringComparison.Ordinal)
        && !LineShapes.HasSentencePunctuation(text) && !LineShapes.HasSentencePunctuation(next)
        && LineShapes.EndsLikeTitle(next)
        && (!LineShapes.EndsLikeTitle(text) || next.StartsWith('的'))
        && !LineShapes.StartsWithGuanyu(next) && !LineShapes.IsOpeningTitle(next)
        && !LineShapes.IsStandalone(next) && !LineShapes.HeadingMarker().IsMatch(next)
        && !LineShapes.IsStandalone(text);

    /// <summary>"包头市人民政府关于划定" + "禁止使用…": a title cut before its end.</summary>
    private static bool IsTitleFragment(string text, string next) =>
        text.Length <= 80 && next.Length <= 80
        && text.Contains("关于", StringComparison.Ordinal)
        && !LineShapes.HasSentencePunctuation(text) && !LineShapes.HasSentencePunctuation(next);

    /// <summary>"9. 科学规划、加快补齐配建" + "养老服务设施短板。…": a heading sentence broken before its end.</summary>
    private static bool IsSplitHeading(string text, string next)
    {
        if (!LineShapes.IsHeadingOnly(text))
        {
            return false;
        }

        var stop = next.IndexOf('。', StringComparison.Ordinal);
        return stop is > 0 and <= SplitHeadingTail
            && next.AsSpan(0, stop).IndexOfAny("，、；：") < 0
            && !LineShapes.HeadingMarker().IsMatch(next)
            && !LineShapes.LabelStart().IsMatch(next)
            && !LineShapes.IsStandalone(next);
    }

    /// <summary>"现将《包头市打赢蓝天保卫战三年行动计": a title, parenthesis or quotation opened and not yet closed.</summary>
    private static bool HasOpenBracket(string text)
    {
        int books = 0, parentheses = 0, quotes = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '《': books++; break;
                case '》': books--; break;
                case '（': parentheses++; break;
                case '）': parentheses--; break;
                case '“': quotes++; break;
                case '”': quotes--; break;
            }
        }

        return books > 0 || parentheses > 0 || quotes > 0;
    }
}
