using System.Globalization;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>Repeating duties: "每月16日前报送", "每季度开展一次", "每年至少2次", "按月拨付".</summary>
internal static class RepetitionReader
{
    public static void Read(ScannedLine line)
    {
        var text = line.Text;
        foreach (Match match in TimePatterns.Repetition().Matches(text))
        {
            var interval = match.Groups["n"].Success ? int.Parse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 1;
            ReadOne(line, match.Index, match.Index + match.Length, match.Groups["unit"].Value, interval, verbFollows: text[match.Index] != '每');
        }

        foreach (Match match in TimePatterns.Rhythm().Matches(text))
        {
            ReadOne(line, match.Index, match.Index + match.Length, match.Groups["unit"].Value, 1, verbFollows: true);
        }
    }

    /// <param name="verbFollows">"按季研究", "逐年分解": the rhythm word stands right before its verb, so no listed task verb is needed.</param>
    private static void ReadOne(ScannedLine line, int start, int end, string unit, int interval, bool verbFollows)
    {
        var text = line.Text;
        var layout = line.Layout;
        if (layout.InTitle(start) || line.IsClaimed(start, end) || interval <= 0)
        {
            return;
        }

        // "每年9月1日至次年2月25日", "每年6月底前": the calendar reader has them.
        var dated = unit is "年" or "年度" && CalendarReader.SpanStartingAt(line, end) is not null;
        var clauseStart = layout.ClauseStart(start);
        var clauseEnd = layout.ClauseEnd(end);
        if (dated || PaysMoney(text, start, layout) || IsRate(text, end, clauseEnd)
            || !(verbFollows || CueWords.HasTaskVerb(text, clauseStart, clauseEnd))
            || CalendarReader.HasPast(line, start))
        {
            return;
        }

        var (rule, tail) = Rule(text, end, unit, interval);
        if (rule is null || RepeatsInSentence(line, start, rule))
        {
            return;
        }

        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Recurring,
            Start = start,
            End = end + tail,
            Recurrence = rule,
            Confidence = 0.8,
        });
        line.Claim(start, end + tail);
        if (rule.StartsWith("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", StringComparison.Ordinal) && line.Context.ContextYear is { } year)
        {
            var first = new DateOnly(year, 12, 31);
            draft.Date = line.Context.SigningDate is { } signing && first < signing ? first.AddYears(1) : first;
            draft.Inferred = true;
            draft.Because($"first occurrence {draft.Date:yyyy-MM-dd}");
        }

        StartFromEffectiveDate(line, draft);
        var count = TimePatterns.TimesPerPeriod().Match(text, end + tail, Math.Max(0, Math.Min(clauseEnd, end + tail + 16) - end - tail));
        if (count.Success)
        {
            var times = count.Groups["count"].Value;
            var noun = times == "1" ? "time" : "times";
            draft.Because(count.Groups["least"].Success ? $"at least {times} {noun} {Per(unit)}" : $"{times} {noun} {Per(unit)}");
        }
    }

    /// <summary>
    /// "抽检量达到每年3批次/千人": a number with a measure word of things or people, or a per-capita rate, makes 每年
    /// part of a quantity, not a repetition ("每年2次", "每月16日前" stay one).
    /// </summary>
    private static bool IsRate(string text, int end, int clauseEnd)
    {
        var after = text.AsSpan(end, Math.Min(clauseEnd, end + 16) - end);
        var digits = 0;
        while (digits < after.Length && (char.IsAsciiDigit(after[digits]) || after[digits] == '.'))
        {
            digits++;
        }

        if (digits > 0 && digits < after.Length && "批件人家户吨台辆所座万亿%千百亩头只张册项例名床套米公".Contains(after[digits], StringComparison.Ordinal))
        {
            return true;
        }

        return after.Contains("/千人", StringComparison.Ordinal) || after.Contains("/万人", StringComparison.Ordinal)
            || after.Contains("每千人", StringComparison.Ordinal) || after.Contains("每万人", StringComparison.Ordinal);
    }

    /// <summary>"分年度推进，每个年度开展一次自查": the same rhythm said twice in one sentence is one item.</summary>
    private static bool RepeatsInSentence(ScannedLine line, int start, string rule)
    {
        var (sentenceStart, sentenceEnd) = line.Layout.SentenceAt(start);
        return line.Drafts.Exists(d => d.Kind == ItemKind.Recurring && d.Recurrence == rule && d.Start >= sentenceStart && d.Start < sentenceEnd);
    }

    /// <summary>
    /// "自2023年1月起，各单位每季度末前报送": the start date opens the repetition rather than standing as an item of
    /// its own, unless the words between say a rule takes effect ("自…起施行，每月…").
    /// </summary>
    private static void StartFromEffectiveDate(ScannedLine line, MentionDraft draft)
    {
        var (sentenceStart, _) = line.Layout.SentenceAt(draft.Start);
        var effective = line.Drafts.FindLast(d => d.Kind == ItemKind.Effective && d.Date is not null && d.Start >= sentenceStart && d.End <= draft.Start);
        if (effective is null || CueWords.SaysItTakesEffect(line.Text.AsSpan(effective.End, draft.Start - effective.End)))
        {
            return;
        }

        line.Drafts.Remove(effective);
        if (draft.Date is null || draft.Date < effective.Date)
        {
            draft.Date = effective.Date;
        }

        draft.Inferred |= effective.Inferred;
        draft.NeedsReview |= effective.NeedsReview;
        foreach (var reason in effective.Reasons)
        {
            draft.Because(reason);
        }

        draft.Because($"repeats from {effective.Date:yyyy-MM-dd}");
    }

    /// <summary>"每年给予1—5万元", "每人每月100元": a payment rule, which the resident-rule reader takes.</summary>
    private static bool PaysMoney(string text, int start, LineLayout layout)
    {
        var (_, sentenceEnd) = layout.SentenceAt(start);
        var end = text.IndexOf('；', start, sentenceEnd - start);
        var segment = text.AsSpan(start, (end < 0 ? sentenceEnd : end) - start);
        return segment.Contains('元');
    }

    private static (string? Rule, int Tail) Rule(string text, int end, string unit, int interval)
    {
        var after = text.AsSpan(end, Math.Min(10, text.Length - end));
        var every = interval > 1 ? $";INTERVAL={interval}" : string.Empty;
        switch (unit)
        {
            case "年" or "年度":
                if (after.StartsWith("底前", StringComparison.Ordinal) || after.StartsWith("末前", StringComparison.Ordinal)
                    || after.StartsWith("年底前", StringComparison.Ordinal))
                {
                    return ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31" + every, after.IndexOf('前') + 1);
                }

                return ("FREQ=YEARLY" + every, 0);
            case "半年":
                return ("FREQ=MONTHLY;INTERVAL=6", 0);
            case "季度" or "季":
                return Quarterly(after);
            case "月":
                return interval == 3 ? Quarterly(after) : Monthly(after, every);
            case "旬":
                return ("FREQ=DAILY;INTERVAL=10", 0);
            case "周" or "星期":
                return Weekly(after, every);
            case "天" or "日":
                return ("FREQ=DAILY" + every, 0);
            default:
                return (null, 0);
        }
    }

    private static (string? Rule, int Tail) Monthly(ReadOnlySpan<char> after, string every)
    {
        if (after.StartsWith("底", StringComparison.Ordinal) || after.StartsWith("末", StringComparison.Ordinal))
        {
            return ("FREQ=MONTHLY;BYMONTHDAY=-1" + every, after.Length > 1 && after[1] == '前' ? 2 : 1);
        }

        var digits = LeadingDigits(after);
        if (digits > 0 && digits < after.Length && after[digits] is '日' or '号')
        {
            var day = int.Parse(after[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            if (day is >= 1 and <= 31)
            {
                var tail = digits + 1 + (after[(digits + 1)..].StartsWith("前", StringComparison.Ordinal) ? 1 : 0);
                return ($"FREQ=MONTHLY;BYMONTHDAY={day}" + every, tail);
            }
        }

        return ("FREQ=MONTHLY" + every, 0);
    }

    private static (string? Rule, int Tail) Quarterly(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("末", StringComparison.Ordinal))
        {
            return ("FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", 1);
        }

        foreach (var lead in (ReadOnlySpan<string>)["首月", "第一个月", "初"])
        {
            if (!after.StartsWith(lead, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = after[lead.Length..];
            var digits = LeadingDigits(rest);
            if (digits > 0 && digits < rest.Length && rest[digits] is '日' or '号')
            {
                var day = int.Parse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
                return ($"FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY={day}", lead.Length + digits + 1);
            }
        }

        return ("FREQ=MONTHLY;INTERVAL=3", 0);
    }

    private static (string? Rule, int Tail) Weekly(ReadOnlySpan<char> after, string every)
    {
        if (!after.IsEmpty)
        {
            var index = "一二三四五六日天".IndexOf(after[0]);
            if (index >= 0)
            {
                string[] days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU", "SU"];
                return ($"FREQ=WEEKLY;BYDAY={days[index]}" + every, 1);
            }
        }

        return ("FREQ=WEEKLY" + every, 0);
    }

    private static int LeadingDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (count < text.Length && count < 2 && char.IsAsciiDigit(text[count]))
        {
            count++;
        }

        return count;
    }

    private static string Per(string unit) => unit switch
    {
        "年" or "年度" => "a year",
        "半年" => "every half year",
        "季度" or "季" => "a quarter",
        "月" => "a month",
        "周" or "星期" => "a week",
        _ => "a day",
    };
}
