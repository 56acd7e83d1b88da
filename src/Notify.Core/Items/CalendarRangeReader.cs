namespace Notify.Core.Items;

/// <summary>Two calendar expressions joined by 至/—: a window, or a yearly one after 每年 ("每年9月1日至次年2月25日").</summary>
internal static class CalendarRangeReader
{
    // "自2026年9月1日起，至2027年2月25日止": notices often put a comma between the two ends.
    private static readonly string[] RangeConnectors = ["——", "起，至", "起，到", "起至", "起到", "至", "到", "—", "－", "-", "–", "~", "～"];

    /// <summary>How many years a range connector between two expressions moves the second one ("至次年" → 1), or null when none joins them.</summary>
    public static int? Connector(string text, int end, int nextStart)
    {
        if (nextStart <= end || nextStart - end > 4)
        {
            return null;
        }

        var between = text.AsSpan(end, nextStart - end);
        foreach (var connector in RangeConnectors)
        {
            if (!between.StartsWith(connector, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = between[connector.Length..];
            if (rest.IsEmpty || rest.SequenceEqual("当年"))
            {
                return 0;
            }

            if (rest.SequenceEqual("次年") || rest.SequenceEqual("翌年") || rest.SequenceEqual("第二年"))
            {
                return 1;
            }
        }

        return null;
    }

    public static void Read(ScannedLine line, CalendarSpan first, CalendarSpan last, int shift)
    {
        var text = line.Text;
        var leading = TimeCues.Leading(text, first.Start);
        var trailing = TimeCues.Trailing(text, last.End);
        if (leading is LeadingCue.AsOf or LeadingCue.Already or LeadingCue.Baseline or LeadingCue.Condition or LeadingCue.Ordinal
            || trailing is TrailingCue.Since or TrailingCue.Event || CalendarReader.HasPast(line, first.Start))
        {
            return;
        }

        line.Claim(first.Start, last.End);
        if (leading == LeadingCue.EveryYear && first.Month is not null)
        {
            ReadYearlyWindow(line, first, last, shift);
            return;
        }

        var afterRange = TimeCues.SkipTrailing(text, last.End, trailing);
        var accepted = leading is LeadingCue.From or LeadingCue.At or LeadingCue.NoLaterThan or LeadingCue.Until
            || trailing is TrailingCue.Pause or TrailingCue.Until or TrailingCue.Within or TrailingCue.During or TrailingCue.Before
            || line.Layout.StartsClause(first.Start)
            || CueWords.TaskVerbAt(text, afterRange)
            || (afterRange < text.Length && text[afterRange] == '为');
        if (!accepted)
        {
            return;
        }

        var end = EndOfRange(first, last, shift);
        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Window,
            Start = first.Start,
            End = last.End,
            Date = first.Period?.First,
            EndDate = end?.Last,
            Inferred = first.YearFromContext,
            Confidence = first.YearFromContext ? 0.75 : 0.9,
        });
        draft.Because(first.Reason);
        if (draft.Date is null || draft.EndDate is null)
        {
            draft.NeedsReview = true;
            draft.Because("window without a known year");
        }
    }

    private static DatePeriod? EndOfRange(CalendarSpan first, CalendarSpan last, int shift)
    {
        if (!last.YearFromContext || first.Period is not { } start)
        {
            return last.Period;
        }

        var end = CalendarSpanReader.InYear(last, start.First.Year + shift) ?? last.Period;
        return end is { } e && e.Last < start.First ? e.AddYears(1) : end;
    }

    private static void ReadYearlyWindow(ScannedLine line, CalendarSpan first, CalendarSpan last, int shift)
    {
        var every = first.Start > 0 ? line.Text.LastIndexOf("每年", first.Start - 1, StringComparison.Ordinal) : -1;
        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Window,
            Start = every >= 0 && first.Start - every <= 3 ? every : first.Start,
            End = last.End,
            Recurrence = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"FREQ=YEARLY;BYMONTH={first.Month};BYMONTHDAY={FirstDay(first)}"),
            Inferred = true,
            Confidence = 0.85,
        });
        draft.Because($"repeats every year from {first.Month:00}-{FirstDay(first):00}");
        if (line.Context.ContextYear is not { } year)
        {
            draft.NeedsReview = true;
            draft.Because("no year in the context for the first occurrence");
            return;
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var start = CalendarSpanReader.InYear(first, year);
            var end = CalendarSpanReader.InYear(last, year + shift);
            if (start is not { } s || end is not { } e)
            {
                return;
            }

            var endDay = e.Last < s.First ? e.Last.AddYears(1) : e.Last;
            if (attempt == 0 && line.Context.SigningDate is { } signing && endDay < signing)
            {
                year++;
                continue;
            }

            draft.Date = s.First;
            draft.EndDate = endDay;
            draft.Because($"first occurrence taken in {year}");
            return;
        }
    }

    /// <summary>A yearly window opens on its first day: "每年11月" on the 1st, "每年6月下旬" on the 21st.</summary>
    private static int FirstDay(CalendarSpan span) => span.Day ?? (span.MonthPart switch { "中旬" => 11, "下旬" => 21, _ => 1 });
}
