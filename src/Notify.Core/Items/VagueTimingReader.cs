using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>
/// Duties whose timing is promised but not named (定期, 及时, 限期, 适时, 尽快): flagged for a person with no
/// date. Only where the sentence states an obligation and names what is to be done; never where the word
/// describes a system ("定期巡访制度") or the sentence already has a date.
/// </summary>
internal static class VagueTimingReader
{
    private static readonly string[] SystemNouns = ["制度", "机制", "工作机制", "体系"];
    private static readonly string[] BuildVerbs = ["建立", "健全", "完善", "建立健全", "落实"];

    public static void Read(ScannedLine line)
    {
        var text = line.Text;
        var layout = line.Layout;
        var flaggedSentence = -1;
        foreach (Match match in TimePatterns.VagueTiming().Matches(text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            var (sentenceStart, _) = layout.SentenceAt(start);
            if (sentenceStart == flaggedSentence || layout.InTitle(start) || line.IsClaimed(start, end) || line.HasDraftInSentence(start))
            {
                continue;
            }

            var word = match.Value;
            if (!Binds(line, word, start, end))
            {
                continue;
            }

            flaggedSentence = sentenceStart;
            line.Claim(start, end);
            line.Add(new MentionDraft
            {
                Kind = word.EndsWith("定期", StringComparison.Ordinal) ? ItemKind.Recurring : ItemKind.Deadline,
                Start = start,
                End = end,
                NeedsReview = true,
                Confidence = 0.3,
            }).Because($"vague timing: {word}");
        }
    }

    private static bool Binds(ScannedLine line, string word, int start, int end)
    {
        var text = line.Text;
        var layout = line.Layout;
        if (word == "限期")
        {
            return true;
        }

        if (!CueWords.DeliverableAt(text, end))
        {
            return false;
        }

        var clauseStart = layout.ClauseStart(start);
        var clauseEnd = layout.ClauseEnd(end);
        var rest = text.AsSpan(end, clauseEnd - end);
        var before = text.AsSpan(clauseStart, start - clauseStart);
        foreach (var noun in SystemNouns)
        {
            if (rest.EndsWith(noun, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var verb in BuildVerbs)
        {
            if (before.EndsWith(verb, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var (sentenceStart, _) = layout.SentenceAt(start);
        return CueWords.HasObligation(text, sentenceStart, clauseEnd);
    }
}
