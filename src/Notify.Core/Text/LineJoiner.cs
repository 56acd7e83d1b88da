namespace Notify.Core.Text;

/// <summary>
/// Assembles cleaned source lines into logical lines (see <see cref="ContinuationRules"/> for when a line
/// continues the one before), and keeps the publication dates of removed lines with the index of the
/// logical line that follows them.
/// </summary>
internal static class LineJoiner
{
    public static NormalizedText Join(List<CleanLine> lines)
    {
        var output = new List<NormalizedLine>();
        var dates = new List<PublicationDate>();
        var nextContent = IndexNextContent(lines);
        LogicalLineBuilder? current = null;
        var gap = default(LineGap);
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
            if (current is not null && ContinuationRules.Continues(current, line, gap, after))
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

    /// <summary>For each line, the index of the next content line after it, or -1.</summary>
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
}
