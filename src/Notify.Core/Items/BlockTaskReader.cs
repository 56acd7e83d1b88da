namespace Notify.Core.Items;

/// <summary>
/// A task line with no time of its own under a stage heading or a dated lead-in ("1.各县区要完成排查整改。" under
/// "（二）全面推开阶段（2022年7月—12月）") takes the block's period, inferred and for review.
/// </summary>
internal static class BlockTaskReader
{
    /// <summary>A task line states its task in its first sentences; looking no further keeps long lines linear.</summary>
    private const int MaxSentences = 8;

    public static void Read(ScannedLine line, BlockPeriod block)
    {
        var text = line.Text;
        var layout = line.Layout;
        for (var (start, count) = (0, 0); start < text.Length && count < MaxSentences; count++)
        {
            var (sentenceStart, sentenceEnd) = layout.SentenceAt(start);
            if (IsTask(line, sentenceStart, sentenceEnd))
            {
                Add(line, block, sentenceStart, sentenceEnd);
                return;
            }

            start = Math.Max(sentenceEnd, start + 1);
        }
    }

    private static bool IsTask(ScannedLine line, int start, int end)
    {
        var text = line.Text;
        var verbs = CueWords.HasTaskVerb(text, start, end) || CueWords.HasOutcomeVerb(text, start, end);
        return verbs && IsSentenceOrDuty(text, start, end) && !line.Layout.InTitle(start) && !CueWords.HasPastMarker(text, start, end)
            && !IsRoleList(text.AsSpan(start, end - start));
    }

    /// <summary>"（一）加强组织领导" is a heading's title; "1.开展摸底排查。" and "各县区要…" state a task.</summary>
    private static bool IsSentenceOrDuty(string text, int start, int end)
        => text.AsSpan(start, end - start).TrimEnd().EndsWith('。') || CueWords.HasObligation(text, start, end);

    /// <summary>"责任分工：…", "牵头单位：…": who does the task, not a task of its own.</summary>
    private static bool IsRoleList(ReadOnlySpan<char> sentence)
    {
        var colon = sentence.IndexOf('：');
        return colon is > 0 and <= 6 && (sentence[..colon].EndsWith("单位", StringComparison.Ordinal) || sentence[..colon].EndsWith("分工", StringComparison.Ordinal));
    }

    private static void Add(ScannedLine line, BlockPeriod block, int start, int end)
    {
        var trimmedEnd = end;
        while (trimmedEnd > start && LineLayout.IsClauseBreak(line.Text[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        var draft = line.Add(new MentionDraft
        {
            Kind = block.Kind,
            Start = start,
            End = trimmedEnd,
            Date = block.Kind == ItemKind.Window ? block.First : block.Last,
            EndDate = block.Kind == ItemKind.Window && block.Last != block.First ? block.Last : null,
            Inferred = true,
            FromBlock = true,
            Confidence = 0.6,
        });
        draft.Because(block.IsStage
            ? $"period taken from the stage heading '{block.Source}'"
            : $"date taken from the lead-in '{block.Source}'");
    }
}
