using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>Reads the cue words on either side of a calendar expression.</summary>
internal static partial class TimeCues
{
    private static readonly string[] ValidityEndings = ["有效期至", "有效期到", "有效期截至"];
    private static readonly string[] EveryYearEndings = ["每年", "每年的", "每年度"];
    private static readonly string[] AsOfEndings = ["截至", "截至到", "截止目前"];
    /// <summary>"开始时间为", "施行日期：", "| 生效日期 |": when something starts, read after "为", "：" or a table bar.</summary>
    private static readonly string[] StartsOnEndings = ["开始时间", "开始日期", "起始时间", "起始日期", "施行日期", "实施日期", "生效日期"];
    private static readonly string[] NoLaterEndings = ["结束时间为", "结束日期为", "结束时间：", "结束日期：", "截止时间为", "截止日期为", "截止时间：", "截止日期：", "截止时间是", "时限为", "期限为", "截止到", "截止至", "截止", "不晚于", "不迟于", "最迟于", "最迟", "最晚于", "最晚", "务必于", "必须于", "须于", "应于", "要在", "须在", "应在", "必须在"];
    private static readonly string[] AtEndings = ["定于", "拟于", "计划于", "将于", "预计于", "于", "在"];
    private static readonly string[] FromEndings = ["自", "从", "由", "自从"];
    private static readonly string[] UntilEndings = ["直至", "直到", "到", "至"];
    private static readonly string[] BaselineEndings = ["较", "比", "同比", "与", "相比", "相较", "较之"];
    private static readonly string[] ConditionEndings = ["对", "凡", "对于", "凡是"];
    private static readonly string[] AlreadyEndings = ["已于", "已在", "已经于", "已经在", "已从", "已自"];

    private static readonly string[] BeforeStarts = ["以前", "之前", "前"];
    private static readonly string[] SinceStarts = ["以来", "至今", "迄今"];
    private static readonly string[] FromStarts = ["起", "开始", "以后", "之后"];
    private static readonly string[] UntilStarts = ["止", "截止", "为止"];
    private static readonly string[] WithinStarts = ["以内", "之内", "内"];
    private static readonly string[] EventStarts =
        ["出版", "印发", "发布", "公布", "签发", "颁布", "通过", "召开", "举行", "成立", "讲话", "会议", "大事记", "政府大事记", "晚", "电"];

    private static readonly string[] TimesOfDay = ["上午", "下午", "中午", "晚上", "早上", "零时", "零点", "（含）", "(含)", "（含当日）"];

    /// <summary>"下午下班前", "上班前": the end or start of that working day.</summary>
    private static readonly string[] WorkdayEdges = ["下班", "上班"];

    /// <summary>"国庆节（2023年10月1日）当天": the day itself.</summary>
    private static readonly string[] TheDayItself = ["当天", "当日"];

    private static readonly string[] NounStarts = ["第", "度", "是", "的", "为", "份"];

    public static LeadingCue Leading(string text, int start)
    {
        var from = Math.Max(0, start - 8);
        for (var i = start - 1; i >= from; i--)
        {
            if (text[i] is '，' or '。' or '；' or '！' or '？' or '\t')
            {
                from = i + 1;
                break;
            }
        }

        var before = text.AsSpan(from, start - from).TrimEnd('“');
        if (EndsWithAny(before, AlreadyEndings))
        {
            return LeadingCue.Already;
        }

        if (EndsWithAny(before, ValidityEndings))
        {
            return LeadingCue.ValidityEnd;
        }

        if (EndsWithAny(before, EveryYearEndings))
        {
            return LeadingCue.EveryYear;
        }

        if (EndsWithAny(before, AsOfEndings))
        {
            return LeadingCue.AsOf;
        }

        if (EndsWithAny(before.TrimEnd("：为| "), StartsOnEndings))
        {
            return LeadingCue.From;
        }

        if (EndsWithAny(before, NoLaterEndings))
        {
            return LeadingCue.NoLaterThan;
        }

        var bare = before.TrimEnd("在于");
        if (EndsWithAny(bare, FromEndings))
        {
            return LeadingCue.From;
        }

        if (EndsWithAny(bare, UntilEndings))
        {
            return LeadingCue.Until;
        }

        if (EndsWithAny(bare, BaselineEndings))
        {
            return LeadingCue.Baseline;
        }

        if (EndsWithAny(bare, ConditionEndings))
        {
            return LeadingCue.Condition;
        }

        if (before.EndsWith('第'))
        {
            return LeadingCue.Ordinal;
        }

        return EndsWithAny(before, AtEndings) ? LeadingCue.At : LeadingCue.None;
    }

    public static TrailingCue Trailing(string text, int end)
    {
        end = SkipWeekday(text, end);
        var after = text.AsSpan(end, Math.Min(8, text.Length - end));
        if (after.IsEmpty || LineLayout.IsClauseBreak(after[0]) || after[0] is '、' or '）' or '”')
        {
            return TrailingCue.Pause;
        }

        if (StartsWithAny(after, BeforeStarts))
        {
            return TrailingCue.Before;
        }

        if (StartsWithAny(after, SinceStarts))
        {
            return TrailingCue.Since;
        }

        if (StartsWithAny(after, FromStarts))
        {
            return TrailingCue.From;
        }

        if (StartsWithAny(after, UntilStarts))
        {
            return TrailingCue.Until;
        }

        if (StartsWithAny(after, WithinStarts) && !PlaceNameStart().IsMatch(text, end))
        {
            return TrailingCue.Within;
        }

        if (after.StartsWith("期间", StringComparison.Ordinal))
        {
            return TrailingCue.During;
        }

        if (StartsWithAny(after, EventStarts))
        {
            return TrailingCue.Event;
        }

        return StartsWithAny(after, NounStarts) ? TrailingCue.NounPhrase : TrailingCue.None;
    }

    /// <summary>Where the words of <paramref name="cue"/> end after <paramref name="end"/> (so "前" in "10月底前完成" is skipped before looking for a verb).</summary>
    public static int SkipTrailing(string text, int end, TrailingCue cue)
    {
        end = SkipWeekday(text, end);
        string[] words = cue switch
        {
            TrailingCue.Before => BeforeStarts,
            TrailingCue.From => FromStarts,
            TrailingCue.Until => UntilStarts,
            TrailingCue.Within => WithinStarts,
            TrailingCue.During => ["期间"],
            _ => [],
        };
        var after = text.AsSpan(end);
        foreach (var word in words)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return end + word.Length;
            }
        }

        return end;
    }

    /// <summary>"2023年10月31日（星期二）上午9时前": the weekday and the time of day are skipped.</summary>
    public static int SkipWeekday(string text, int end)
    {
        var after = text.AsSpan(end);
        if (after.StartsWith("（星期", StringComparison.Ordinal) || after.StartsWith("（周", StringComparison.Ordinal))
        {
            var close = after.IndexOf('）');
            if (close > 0 && close <= 5)
            {
                end += close + 1;
                after = text.AsSpan(end);
            }
        }

        foreach (var time in TimesOfDay)
        {
            if (after.StartsWith(time, StringComparison.Ordinal))
            {
                end += time.Length;
                after = text.AsSpan(end);
                break;
            }
        }

        foreach (var edge in WorkdayEdges)
        {
            if (after.StartsWith(edge, StringComparison.Ordinal))
            {
                end += edge.Length;
                after = text.AsSpan(end);
                break;
            }
        }

        var digits = 0;
        while (digits < after.Length && digits < 2 && char.IsAsciiDigit(after[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < after.Length && after[digits] is '时' or '点' or ':' or '：')
        {
            end += digits + 1;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '分' or '半'))
            {
                end++;
            }
        }

        return end;
    }

    /// <summary>"元旦（2024年1月1日）当天", "10月1日当日": the date names one day on which something happens.</summary>
    public static bool NamesTheDayItself(string text, int end)
    {
        var after = text.AsSpan(end);
        return StartsWithAny(after.StartsWith('）') ? after[1..] : after, TheDayItself);
    }

    /// <summary>"前出生的", "以前批准设立的", "以后入学的": the date qualifies a noun, it sets no duty.</summary>
    public static bool StartsRelativeClause(string text, int afterCue) => CueWords.QualifiesANounAt(text, afterCue);

    /// <summary>"定于", "拟于", "计划于": a scheduled event, whose date binds even before "召开".</summary>
    public static bool IsScheduled(string text, int start)
    {
        var before = text.AsSpan(0, start);
        return before.EndsWith("定于", StringComparison.Ordinal) || before.EndsWith("拟于", StringComparison.Ordinal)
            || before.EndsWith("计划于", StringComparison.Ordinal);
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"2023年内蒙古自治区…", "5月6日内江市…": a 内 that starts a place name (one or two more characters and an administrative suffix) is not 以内.</summary>
    [GeneratedRegex(@"\G内(?![各全本所辖完要须需应将由对在把予做开实建及并和与向按从市县区旗盟省州乡镇])[\u4E00-\u9FFF]{1,2}(?:自治区|自治州|自治县|自治旗|省|市|县|州|旗|盟)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceNameStart();
}
