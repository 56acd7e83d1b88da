using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>Dates the document names through itself: "自印发之日起施行", "自公布之日起30日后施行", "自印发之日起至2019年2月底".</summary>
internal static class DocumentRelativeReader
{
    public static void Read(ScannedLine line)
    {
        var text = line.Text;
        if (!text.Contains("日起", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in TimePatterns.DocumentRelative().Matches(text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (line.Layout.InTitle(start) || !NamesTheDocument(text, match))
            {
                continue;
            }

            line.Claim(start, end);
            var draft = Window(line, start, end) ?? Offset(line, match) ?? new MentionDraft
            {
                Kind = ItemKind.Effective,
                Start = start,
                End = end,
                Date = line.Context.SigningDate,
            };
            draft.Inferred = true;
            draft.Confidence = line.Context.SigningDate is null ? 0.4 : 0.85;
            if (line.Context.SigningDate is { } signing)
            {
                draft.Reasons.Insert(0, $"relative to signing date {signing:yyyy-MM-dd}");
            }
            else
            {
                draft.NeedsReview = true;
                draft.Reasons.Insert(0, "relative to the signing date, which is not known");
                draft.Date = null;
            }

            if (match.ValueSpan.Contains("施行之", StringComparison.Ordinal) || match.ValueSpan.Contains("实施之", StringComparison.Ordinal))
            {
                draft.NeedsReview = true;
                draft.Because("counted from the date the rule takes effect, read as the signing date");
            }

            line.Add(draft);
        }
    }

    /// <summary>
    /// "自…之日起" must count from this document: "自印发之日起", "本办法自公布之日起", "自通知下发之日起", but not
    /// "自项目实施之日起"; a date counted from 施行/实施 names only the document itself ("自本办法施行之日起").
    /// </summary>
    private static bool NamesTheDocument(string text, Match match)
    {
        var named = match.Groups["named"].Value;
        var anchored = match.Groups["from"].Success || named.StartsWith('本') || (match.Index > 0 && text[match.Index - 1] is '自' or '从');
        if (!anchored)
        {
            return false;
        }

        return match.Groups["anchor"].Value is not ("施行" or "实施") || named.Length == 0 || named.StartsWith('本');
    }

    private static MentionDraft? Window(ScannedLine line, int start, int end)
    {
        var text = line.Text;
        var connector = end < text.Length && text[end] is '至' or '到' ? 1 : 0;
        if (connector == 0 || CalendarReader.SpanStartingAt(line, end + connector) is not { } until)
        {
            return null;
        }

        line.Claim(until.Start, until.End);
        var draft = new MentionDraft
        {
            Kind = ItemKind.Window,
            Start = start,
            End = until.End,
            Date = line.Context.SigningDate,
            EndDate = until.Period?.Last,
        };
        draft.Because(until.Reason);
        return draft;
    }

    private static MentionDraft? Offset(ScannedLine line, Match match)
    {
        var amount = match.Groups["n"];
        if (!amount.Success)
        {
            return null;
        }

        var n = int.Parse(amount.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value;
        var within = match.Groups["rel"].Value.Contains('内', StringComparison.Ordinal);
        var draft = new MentionDraft
        {
            Kind = within ? ItemKind.Deadline : ItemKind.Effective,
            Start = match.Index,
            End = match.Index + match.Length,
        };
        if (line.Context.SigningDate is { } signing)
        {
            draft.Date = unit switch
            {
                "个月" => signing.AddMonths(n),
                "年" => signing.AddYears(n),
                "周" => signing.AddDays(7 * n),
                "个工作日" => AddWorkingDays(signing, n),
                _ => signing.AddDays(n),
            };
        }

        draft.Because(within ? $"within {n} {UnitName(unit)} of the signing date" : $"{n} {UnitName(unit)} after the signing date");
        if (unit == "个工作日")
        {
            draft.NeedsReview = true;
            draft.Because("working days counted without public holidays");
        }

        return draft;
    }

    private static string UnitName(string unit) => unit switch
    {
        "个月" => "months",
        "年" => "years",
        "周" => "weeks",
        "个工作日" => "working days",
        _ => "days",
    };

    private static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return date;
    }
}
