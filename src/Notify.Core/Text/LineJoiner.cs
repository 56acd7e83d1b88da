using System.Buffers;

namespace Notify.Core.Text;

/// <summary>
/// Re-joins source lines into logical lines. A line whose sentence is not finished (no 。；！？：, not a
/// heading, title, date, 文号 or signature) continues on the next content line unless that line starts a
/// new unit (a heading, a list entry, a label such as 牵头单位：, a date, a title). Evidence is asked for
/// in proportion to the gap: across a blank line or a page break the line must read as prose; across
/// nothing it must look wrapped (about as long as a full line); a line ending in 、，的和与… always continues.
/// Web chrome is a hard break.
/// </summary>
internal static class LineJoiner
{
    private const int WrappedLength = 17;
    private const int LongProse = 40;
    private const int SplitHeadingTail = 10;

    private static readonly SearchValues<char> TightProseMarks = SearchValues.Create("，。、；《》（）“”");
    private static readonly SearchValues<char> LooseProseMarks = SearchValues.Create("，。、；");
    private static readonly SearchValues<char> Connectors = SearchValues.Create("、，（《“的和与及或为在对将把以向从由于并");
    private static readonly SearchValues<char> ClosingPunctuation = SearchValues.Create("，。、；：！？）》”’」』〕】");

    public static NormalizedText Join(List<CleanLine> lines)
    {
        var output = new List<NormalizedLine>();
        var dates = new List<PublicationDate>();
        var nextContent = IndexNextContent(lines);
        LogicalLineBuilder? current = null;
        var gap = default(Gap);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsContent)
            {
                gap = gap.After(line.Noise);
                if (line.Published is { } date)
                {
                    var source = line.Noise == LineNoise.WebChrome ? PublicationDateSource.WebPage : PublicationDateSource.GazetteIssue;
                    dates.Add(new PublicationDate(date, source, line.SourceLine, output.Count + (current is null ? 0 : 1)));
                }

                continue;
            }

            var after = nextContent[i] is var n and >= 0 ? lines[n] : null;
            if (current is not null && ShouldJoin(current, line, gap, after))
            {
                current.Append(line);
            }
            else
            {
                if (current is not null)
                {
                    output.Add(current.Build());
                }

                current = new LogicalLineBuilder(line);
            }

            if (line.Published is { } inline)
            {
                dates.Add(new PublicationDate(inline, PublicationDateSource.WebPage, line.SourceLine, output.Count));
            }

            gap = default;
        }

        if (current is not null)
        {
            output.Add(current.Build());
        }

        return new NormalizedText(output, 0) { PublicationDates = dates };
    }

    private static int[] IndexNextContent(List<CleanLine> lines)
    {
        var next = new int[lines.Count];
        var following = -1;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            next[i] = following;
            following = lines[i].IsContent ? i : following;
        }

        return next;
    }

    private static bool ShouldJoin(LogicalLineBuilder previous, CleanLine line, Gap gap, CleanLine? after)
    {
        if (gap.Hard
            || previous.Has(LineTraits.ContentsEntry | LineTraits.TableRow)
            || line.Has(LineTraits.ContentsEntry | LineTraits.TableRow | LineTraits.Bullet))
        {
            return false;
        }

        var text = previous.Text;
        var next = line.Text;
        if (ClosingPunctuation.Contains(next[0]))
        {
            return !LineShapes.IsStandalone(text);
        }

        if (IsTitleTail(text, next) || IsSplitHeading(text, next) || (LineShapes.IsOrganizationName(text) && LineShapes.IsOpeningTitle(next)))
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

        var wrapped = previous.LastSegmentLength >= WrappedLength;
        if (gap.IsTight)
        {
            var similarWidth = next.Length <= previous.LastSegmentLength + 6;
            return wrapped && similarWidth && (text.AsSpan().IndexOfAny(TightProseMarks) >= 0 || previous.SegmentCount > 1 || LineShapes.HeadingMarker().IsMatch(text));
        }

        // An unfinished full line at the foot of a page goes on over the page.
        if (gap.PageBreak && wrapped)
        {
            return true;
        }

        var prose = text.AsSpan().IndexOfAny(LooseProseMarks) >= 0 || LineShapes.HeadingMarker().IsMatch(text);
        return (prose && (wrapped || text.Length >= LongProse))
            || (text.AsSpan().IndexOfAny(TightProseMarks) >= 0 && text.Length >= LongProse);
    }

    /// <summary>"现将《包头市打赢蓝天保卫战三年行动计": a title or parenthesis opened and not yet closed.</summary>
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

    private static bool IsClosed(LogicalLineBuilder line, Gap gap)
    {
        var text = line.Text;
        if (LineShapes.IsStandalone(text) || LineShapes.IsTitleLike(text))
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

    private readonly record struct Gap(int Blanks, bool PageBreak, bool Hard)
    {
        public bool IsTight => Blanks == 0 && !PageBreak;

        public Gap After(LineNoise noise) => noise switch
        {
            LineNoise.Blank => this with { Blanks = Blanks + 1 },
            LineNoise.WebChrome => this with { Hard = true },
            _ => this with { PageBreak = true },
        };
    }
}
