using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>
/// "各县区要用三年时间，基本完成改造任务": a duration is counted from the start of the stage the line sits under, else
/// from the start of the document's year; either way the reviewer confirms it. With neither it is flagged without a date.
/// </summary>
internal static class DurationReader
{
    public static void Read(ScannedLine line)
    {
        var text = line.Text;
        if (!text.Contains("时间", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in TimePatterns.Duration().Matches(text))
        {
            ReadOne(line, match);
        }
    }

    private static void ReadOne(ScannedLine line, Match match)
    {
        var text = line.Text;
        var start = match.Index;
        var end = match.Index + match.Length;
        var (_, sentenceEnd) = line.Layout.SentenceAt(start);
        if (line.IsClaimed(start, end) || line.Layout.InTitle(start) || CalendarReader.HasPast(line, start)
            || !(CueWords.HasTaskVerb(text, end, sentenceEnd) || CueWords.HasOutcomeVerb(text, end, sentenceEnd)))
        {
            return;
        }

        var count = int.Parse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var years = match.Groups["unit"].Value == "年";
        var length = years ? $"{count} year{(count == 1 ? "" : "s")}" : $"{count} month{(count == 1 ? "" : "s")}";
        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Deadline,
            Start = start,
            End = end,
            Inferred = true,
            NeedsReview = true,
            Confidence = 0.5,
        });
        line.Claim(start, end);
        var (from, reason) = StartOf(line.Context, length);
        if (from is { } first)
        {
            draft.Date = (years ? first.AddYears(count) : first.AddMonths(count)).AddDays(-1);
        }

        draft.Because(reason);
    }

    private static (DateOnly? Start, string Reason) StartOf(TimeContext context, string length)
    {
        if (context.Block is { IsStage: true } stage)
        {
            return (stage.First, $"{length} counted from the start of the stage '{stage.Source}'");
        }

        if (context.ContextYear is { } year)
        {
            return (new DateOnly(year, 1, 1), $"{length} counted from the start of {year}, the document's year: the text names no start");
        }

        return (null, $"{length} with no known start");
    }
}
