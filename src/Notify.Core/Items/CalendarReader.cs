using System.Buffers;
using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>Decides which calendar expressions of a line are items, of what kind and for which dates.</summary>
internal static class CalendarReader
{
    /// <summary>Every calendar expression holds one of these (年, 月, 季 of 季度, 期 or 末 of 十四五期间/末, a dotted date's separator).</summary>
    private static readonly SearchValues<char> CalendarChars = SearchValues.Create("年月季期末./-");

    private static readonly string[] RangeConnectors = ["——", "起至", "起到", "至", "到", "—", "－", "-", "–", "~", "～"];

    public static void CollectSpans(ScannedLine line)
    {
        if (line.Text.AsSpan().IndexOfAny(CalendarChars) < 0)
        {
            return;
        }

        foreach (Match match in TimePatterns.CalendarExpression().Matches(line.Text))
        {
            if (CalendarSpanReader.Read(match, line.Context) is { } span)
            {
                line.Calendar.Add(span);
            }
        }
    }

    /// <summary>How many years a range connector between two expressions moves the second one ("至次年" → 1), or null when none joins them.</summary>
    public static int? RangeConnector(string text, int end, int nextStart)
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

    public static CalendarSpan? SpanStartingAt(ScannedLine line, int index)
    {
        foreach (var span in line.Calendar)
        {
            if (span.Start == index)
            {
                return span;
            }
        }

        return null;
    }

    public static void Read(ScannedLine line)
    {
        var spans = line.Calendar;
        int? paragraphYear = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (line.IsClaimed(span.Start, span.End) || line.Layout.InTitle(span.Start))
            {
                continue;
            }

            if (!span.YearFromContext && span.Period is { } explicitPeriod && span.Form is not (CalendarForm.YearRange or CalendarForm.PlanPeriod or CalendarForm.PlanEnd))
            {
                paragraphYear = explicitPeriod.Last.Year;
            }
            else if (span.YearFromContext && paragraphYear is { } year && year >= (line.Context.ReferenceYear ?? year))
            {
                // "2023年6月底前…，7月底前…": a date without a year follows the year stated before it.
                span = spans[i] = WithYear(span, year, line.Context);
            }

            if (i + 1 < spans.Count && RangeConnector(line.Text, span.End, spans[i + 1].Start) is { } shift
                && !line.IsClaimed(spans[i + 1].Start, spans[i + 1].End))
            {
                ReadRange(line, span, spans[i + 1], shift);
                i++;
                continue;
            }

            ReadSingle(line, span);
        }
    }

    private static CalendarSpan WithYear(CalendarSpan span, int year, TimeContext context)
    {
        if (context.ContextYear == year)
        {
            return span;
        }

        var period = span.Month is not null ? CalendarSpanReader.InYear(span, year)
            : span.Period is { } p ? p.AddYears(year - p.First.Year) : null;
        return span with { Period = period, Reason = $"year {year} taken from earlier in the paragraph" };
    }

    private static void ReadRange(ScannedLine line, CalendarSpan first, CalendarSpan last, int shift)
    {
        var text = line.Text;
        var leading = TimeCues.Leading(text, first.Start);
        var trailing = TimeCues.Trailing(text, last.End);
        if (leading is LeadingCue.AsOf or LeadingCue.Already or LeadingCue.Baseline or LeadingCue.Condition or LeadingCue.Ordinal
            || trailing is TrailingCue.Since or TrailingCue.Event || HasPast(line, first.Start))
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
        var every = line.Text.LastIndexOf("每年", first.Start, StringComparison.Ordinal);
        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Window,
            Start = every >= 0 && first.Start - every <= 3 ? every : first.Start,
            End = last.End,
            Recurrence = YearlyWindowRule(first),
            Inferred = true,
            Confidence = 0.85,
        });
        draft.Because($"repeats every year from {first.Month:00}-{first.Day ?? 1:00}");
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

    private static void ReadSingle(ScannedLine line, CalendarSpan span)
    {
        var text = line.Text;
        var leading = TimeCues.Leading(text, span.Start);
        var trailing = TimeCues.Trailing(text, span.End);
        if (trailing == TrailingCue.Event && TimeCues.IsScheduled(text, span.Start) && !HasPast(line, span.Start))
        {
            Add(line, span, ItemKind.Deadline).Because("scheduled event");
            return;
        }

        if (leading == LeadingCue.AsOf && trailing == TrailingCue.Before)
        {
            // "截至2023年10月31日前报名": a deadline despite 截至.
            leading = LeadingCue.NoLaterThan;
        }

        if (leading is LeadingCue.AsOf or LeadingCue.Already or LeadingCue.Baseline or LeadingCue.Condition or LeadingCue.Ordinal
            || trailing is TrailingCue.Since or TrailingCue.Event or TrailingCue.NounPhrase
            || (trailing is TrailingCue.Before or TrailingCue.From && TimeCues.StartsRelativeClause(text, TimeCues.SkipTrailing(text, span.End, trailing))))
        {
            return;
        }

        if (span.Form == CalendarForm.YearRange)
        {
            ReadYearRange(line, span, leading, trailing);
            return;
        }

        if (leading == LeadingCue.EveryYear)
        {
            ReadYearlyDeadline(line, span, trailing);
            return;
        }

        if (HasPast(line, span.Start))
        {
            return;
        }

        if (leading == LeadingCue.ValidityEnd)
        {
            Add(line, span, ItemKind.Deadline).IsValidityEnd = true;
            return;
        }

        if (KindFromCues(line, span, leading, trailing) is { } kind)
        {
            Add(line, span, kind);
        }
    }

    private static ItemKind? KindFromCues(ScannedLine line, CalendarSpan span, LeadingCue leading, TrailingCue trailing)
    {
        if (trailing == TrailingCue.Before || leading == LeadingCue.NoLaterThan)
        {
            return ItemKind.Deadline;
        }

        if (leading == LeadingCue.From || trailing == TrailingCue.From)
        {
            return ItemKind.Effective;
        }

        if (leading == LeadingCue.Until)
        {
            return trailing == TrailingCue.Until ? ItemKind.Deadline : ItemKind.Target;
        }

        if (trailing is TrailingCue.Until or TrailingCue.Within)
        {
            return ItemKind.Deadline;
        }

        if (trailing == TrailingCue.During || span.Form == CalendarForm.PlanPeriod)
        {
            return span.Form is CalendarForm.Day || !ActsLater(line, span, leading) ? null : ItemKind.Window;
        }

        if (leading == LeadingCue.At)
        {
            return CueWords.TaskVerbAt(line.Text, span.End) ? ItemKind.Deadline : null;
        }

        if (NamesAStage(line.Text, span))
        {
            return ItemKind.Window;
        }

        return BareKind(line, span, trailing);
    }

    /// <summary>A calendar expression with no cue word binds only when a task follows it.</summary>
    private static ItemKind? BareKind(ScannedLine line, CalendarSpan span, TrailingCue trailing)
    {
        var text = line.Text;
        if (CueWords.TaskVerbAt(text, span.End))
        {
            if (IsHistory(line, span))
            {
                return null;
            }

            return span.Form is CalendarForm.Year or CalendarForm.PlanEnd ? ItemKind.Target : ItemKind.Deadline;
        }

        if (span.Form is CalendarForm.Day or CalendarForm.Month
            || !(line.Layout.StartsClause(span.Start) || AfterCommitmentWord(text, span.Start)))
        {
            return null;
        }

        if (IsHistory(line, span))
        {
            return null;
        }

        var (_, sentenceEnd) = line.Layout.SentenceAt(span.Start);
        if (trailing == TrailingCue.Pause)
        {
            if (span.End >= text.Length || (span.End == text.Length - 1 && text[^1] == '，'))
            {
                // "…。2023年，" at the end of a line cut mid-sentence.
                return span.Form == CalendarForm.Year ? ItemKind.Target : ItemKind.Deadline;
            }

            // A year alone before a comma must name a result ("2024年，重点建设完成…"), not a theme ("2023年，全市工作要以…为指导").
            if (span.Form is CalendarForm.Year or CalendarForm.PlanEnd)
            {
                return text[span.End] == '，' && CueWords.HasOutcomeVerb(text, span.End, sentenceEnd) ? ItemKind.Target : null;
            }

            return text[span.End] == '，' && CueWords.HasTaskVerb(text, span.End, sentenceEnd) ? ItemKind.Deadline : null;
        }

        // "2019年园区环境空气质量自动监测站建成投运。": a subject between the year and its verb.
        var clauseEnd = line.Layout.ClauseEnd(span.End);
        var isSentence = clauseEnd < text.Length && text[clauseEnd] is '。' or '；' or '！' or '，';
        if (!isSentence)
        {
            return null;
        }

        return span.Form == CalendarForm.Year
            ? (CueWords.HasOutcomeVerb(text, span.End, clauseEnd) ? ItemKind.Target : null)
            : (CueWords.HasTaskVerb(text, span.End, clauseEnd) ? ItemKind.Deadline : null);
    }

    /// <summary>"动员部署阶段（2023年3月）": the whole bracket after a stage's name is the stage's time.</summary>
    private static bool NamesAStage(string text, CalendarSpan span)
    {
        var open = span.Start - 1;
        return open >= 2 && text[open] == '（' && span.End < text.Length && text[span.End] == '）'
            && text.AsSpan(0, open).EndsWith("阶段", StringComparison.Ordinal);
    }

    /// <summary>"力争2025年护理型床位占比达到60%": a commitment word opens the clause the year belongs to.</summary>
    private static bool AfterCommitmentWord(string text, int start)
    {
        var before = text.AsSpan(0, start);
        foreach (var word in (ReadOnlySpan<string>)["力争", "争取", "确保", "力求", "计划", "预计", "努力"])
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ActsLater(ScannedLine line, CalendarSpan span, LeadingCue leading)
    {
        if (leading != LeadingCue.At && !line.Layout.StartsClause(span.Start))
        {
            return false;
        }

        var (_, sentenceEnd) = line.Layout.SentenceAt(span.Start);
        return CueWords.HasTaskVerb(line.Text, span.End, sentenceEnd);
    }

    private static void ReadYearRange(ScannedLine line, CalendarSpan span, LeadingCue leading, TrailingCue trailing)
    {
        if (line.Layout.InParentheses(span.Start) || HasPast(line, span.Start))
        {
            return;
        }

        var accepted = leading is LeadingCue.From or LeadingCue.At or LeadingCue.Until
            || trailing is TrailingCue.Pause or TrailingCue.During or TrailingCue.Within
            || CueWords.TaskVerbAt(line.Text, span.End);
        if (accepted)
        {
            Add(line, span, ItemKind.Window);
        }
    }

    private static void ReadYearlyDeadline(ScannedLine line, CalendarSpan span, TrailingCue trailing)
    {
        if (span.Month is not { } month
            || !(trailing is TrailingCue.Before or TrailingCue.Until || CueWords.TaskVerbAt(line.Text, span.End)))
        {
            return;
        }

        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Recurring,
            Start = span.Start,
            End = span.End,
            Recurrence = YearlyRule(span),
            Inferred = true,
            Confidence = 0.85,
        });
        if (line.Context.ContextYear is not { } year)
        {
            draft.NeedsReview = true;
            draft.Because("no year in the context for the first occurrence");
            return;
        }

        var first = CalendarSpanReader.InYear(span, year);
        if (first is { } f && line.Context.SigningDate is { } signing && f.Last < signing)
        {
            first = CalendarSpanReader.InYear(span, year + 1);
        }

        draft.Date = first?.Last;
        draft.Because($"repeats every year in month {month}; first occurrence {draft.Date:yyyy-MM-dd}");
    }

    /// <summary>A yearly window starts on its first day: "每年11月" opens on 11-01, "每年6月下旬" on 06-21.</summary>
    private static string YearlyWindowRule(CalendarSpan span)
    {
        var day = span.Day ?? (span.MonthPart switch { "中旬" => 11, "下旬" => 21, _ => 1 });
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"FREQ=YEARLY;BYMONTH={span.Month};BYMONTHDAY={day}");
    }

    private static string YearlyRule(CalendarSpan span)
    {
        var day = span.Day is { } d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : span.MonthPart is "上旬" ? "10" : span.MonthPart is "中旬" ? "20" : "-1";
        return $"FREQ=YEARLY;BYMONTH={span.Month};BYMONTHDAY={day}";
    }

    private static MentionDraft Add(ScannedLine line, CalendarSpan span, ItemKind kind)
    {
        var (period, rolled) = Resolve(line, span);
        var draft = line.Add(new MentionDraft
        {
            Kind = kind,
            Start = span.Start,
            End = span.End,
            Date = period is { } p ? (kind is ItemKind.Effective or ItemKind.Window ? p.First : p.Last) : null,
            EndDate = kind == ItemKind.Window && period is { } w && w.Last != w.First ? w.Last : null,
            Inferred = span.YearFromContext,
            Confidence = ConfidenceOf(span),
        });
        draft.Because(span.Reason);
        if (rolled)
        {
            draft.Because("moved to the year after the signing date");
        }

        if (period is null)
        {
            draft.NeedsReview = true;
        }

        if (span.Form is CalendarForm.PlanPeriod or CalendarForm.PlanEnd)
        {
            draft.Because("five-year plan period");
        }

        return draft;
    }

    private static (DatePeriod? Period, bool Rolled) Resolve(ScannedLine line, CalendarSpan span)
    {
        if (span.Period is not { } period)
        {
            return (null, false);
        }

        var context = line.Context;
        if (span.YearFromContext && context.DefaultYear is null && context.SigningDate is { } signing
            && span.Form is CalendarForm.Day or CalendarForm.Month or CalendarForm.MonthPart && period.Last < signing)
        {
            return (period.AddYears(1), true);
        }

        return (period, false);
    }

    private static double ConfidenceOf(CalendarSpan span)
    {
        var confidence = span.Form switch
        {
            CalendarForm.Day => 0.95,
            CalendarForm.Month or CalendarForm.MonthPart or CalendarForm.YearPart => 0.9,
            CalendarForm.Year => 0.8,
            CalendarForm.YearRange => 0.8,
            _ => 0.7,
        };
        return span.YearFromContext ? confidence - 0.1 : confidence;
    }

    /// <summary>A bare date in a year before the document's own is history, not a plan.</summary>
    private static bool IsHistory(ScannedLine line, CalendarSpan span)
        => line.Context.ReferenceYear is { } reference && span.Period is { } period && period.Last.Year < reference;

    /// <summary>Past-tense marks in the expression's clause or the one after it.</summary>
    public static bool HasPast(ScannedLine line, int index)
    {
        var layout = line.Layout;
        var start = layout.ClauseStart(index);
        var end = layout.ClauseEnd(index);
        if (end < line.Text.Length && line.Text[end] == '，')
        {
            end = layout.ClauseEnd(end + 1);
        }

        return CueWords.HasPastMarker(line.Text, start, end);
    }
}
