namespace Notify.Core.Items;

/// <summary>
/// Decides what one calendar expression is from the words around it: 前 makes a deadline, 自…起 an effective
/// date, 到 a target, 期间 a window; with no cue word it binds only when a task follows it; 截至, 以来, 较,
/// 对…的, 出版 and the like make it no item at all.
/// </summary>
internal static class SingleDateReader
{
    public static void Read(ScannedLine line, CalendarSpan span)
    {
        var text = line.Text;
        var leading = TimeCues.Leading(text, span.Start);
        var trailing = TimeCues.Trailing(text, span.End);
        if (TimeCues.IsScheduled(text, span.Start) && trailing != TrailingCue.Since && !CalendarReader.HasPast(line, span.Start))
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

        if (CalendarReader.HasPast(line, span.Start) && !ExplicitCueOutranksPast(line, span, trailing))
        {
            return;
        }

        if (IsAccountingMonth(line, span))
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

        if (span.Form == CalendarForm.Day && TimeCues.NamesTheDayItself(line.Text, span.End))
        {
            // "2022年10月1日当天，共接待游客…" in a later report is history.
            var past = !span.YearFromContext && span.Period is { } day && line.Context.SigningDate is { } signing && day.Last < signing;
            return past ? null : ItemKind.Window;
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

        if (span.Form == CalendarForm.PlanPeriod)
        {
            return PlansForThePeriod(line, span, leading) ? ItemKind.Window : null;
        }

        if (trailing == TrailingCue.During)
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
            if (CalendarReader.IsHistory(line, span))
            {
                return null;
            }

            if (span.Form == CalendarForm.Year && ActivityYears(line, span, span.End))
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

        if (CalendarReader.IsHistory(line, span))
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
            if (span.Form == CalendarForm.Year && text[span.End] == '，' && ActivityYears(line, span, span.End + 1))
            {
                return null;
            }

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

    /// <summary>
    /// "2023年组织开展摸底调查", "2023年、2024年持续开展整治": an activity carried on through the year (or from the
    /// first listed year to the last) is a window over those years, not a due date. Adds it and claims the list.
    /// </summary>
    private static bool ActivityYears(ScannedLine line, CalendarSpan span, int verbAt)
    {
        if (span.Period is not { } period || CueWords.ActivityAt(line.Text, verbAt, period.First.Year) is not { } activity
            || activity.LastYear < period.First.Year || activity.LastYear - period.First.Year > 10)
        {
            return false;
        }

        line.Claim(span.Start, activity.ListEnd);
        var draft = line.Add(new MentionDraft
        {
            Kind = ItemKind.Window,
            Start = span.Start,
            End = Math.Max(span.End, activity.ListEnd),
            Date = period.First,
            EndDate = new DateOnly(activity.LastYear, 12, 31),
            Confidence = ConfidenceOf(span),
        });
        draft.Because(activity.LastYear == period.First.Year
            ? $"an activity carried on through {activity.LastYear}"
            : $"an activity carried on from {period.First.Year} through {activity.LastYear}");
        return true;
    }

    /// <summary>
    /// "2022年3月份应拨付补贴资金12000元": a month named with 份 beside a sum states what a period's accounts hold,
    /// not a due date.
    /// </summary>
    private static bool IsAccountingMonth(ScannedLine line, CalendarSpan span)
    {
        if (span.Form != CalendarForm.Month || line.Text[span.End - 1] != '份')
        {
            return false;
        }

        var (_, sentenceEnd) = line.Layout.SentenceAt(span.Start);
        return CueWords.HasAmount(line.Text, span.End, Math.Min(sentenceEnd, span.End + 40));
    }

    /// <summary>
    /// "请于7月15日前…已正式函件形式报送" (已 a slip for 以), "2022年10月1日起，已正式施行": an explicit 前 or 起施行
    /// outranks a past marker when the date is not before the document was signed. Without a signing date only
    /// a request in the date's clause (请, 要, 须 …) keeps a 前.
    /// </summary>
    private static bool ExplicitCueOutranksPast(ScannedLine line, CalendarSpan span, TrailingCue trailing)
    {
        var text = line.Text;
        var (_, sentenceEnd) = line.Layout.SentenceAt(span.Start);
        var clauseStart = line.Layout.ClauseStart(span.Start);
        var afterCue = TimeCues.SkipTrailing(text, span.End, trailing);
        var enacted = trailing == TrailingCue.From && CueWords.SaysItTakesEffect(text.AsSpan(afterCue, Math.Max(0, Math.Min(sentenceEnd, afterCue + 10) - afterCue)));
        if (!(trailing == TrailingCue.Before || enacted) || CalendarReader.IsHistory(line, span))
        {
            return false;
        }

        var (period, _) = Resolve(line, span);
        if (line.Context.SigningDate is { } signing)
        {
            return period is { } p && p.Last >= signing;
        }

        return trailing == TrailingCue.Before
            && (text.AsSpan(clauseStart, span.Start - clauseStart).TrimStart("0123456789.、 （）一二三四五六七八九十").StartsWith('请')
                || CueWords.HasObligation(text, clauseStart, span.Start));
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

    /// <summary>
    /// "十四五期间，…力争实现…全覆盖" plans for the period; "十四五时期（2021~2025年），是…的第一个五年" only
    /// describes it.
    /// </summary>
    private static bool PlansForThePeriod(ScannedLine line, CalendarSpan span, LeadingCue leading)
    {
        var text = line.Text;
        var next = span.End;
        if (next < text.Length && text[next] == '（')
        {
            var close = text.IndexOf('）', next);
            next = close < 0 ? text.Length : close + 1;
        }

        while (next < text.Length && text[next] is '，' or '”')
        {
            next++;
        }

        if (next >= text.Length || text[next] is '是' or '为' or '的')
        {
            return false;
        }

        var (_, sentenceEnd) = line.Layout.SentenceAt(span.Start);
        return (leading == LeadingCue.At || line.Layout.StartsClause(span.Start)) && CueWords.HasOutcomeVerb(text, next, sentenceEnd);
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
        if (line.Layout.InParentheses(span.Start) || CalendarReader.HasPast(line, span.Start))
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

        if (MonthListReader.AddYearly(line, span.Start, span.End, YearlyRule(span)) is not (var draft, { } year))
        {
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
}
