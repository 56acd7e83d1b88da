using System.Text.RegularExpressions;

namespace Notify.Core.Items;

/// <summary>Words around a time expression that say whether it binds anyone, and how firmly.</summary>
internal static partial class CueWords
{
    private const RegexOptions Options = RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    /// <summary>Verbs that make a time someone's task.</summary>
    private const string Verbs =
        "完成|建成|建立|建设|实现|达到|出台|制定|制订|开展|启动|推进|实施|执行|投运|投入|覆盖|淘汰|整改|提交|报送|上报|报告|印发|修订|组织|部署|落实|创建|新建|改造|取得|形成|健全|完善|开工|"
        + "竣工|验收|发放|举办|召开|召集|清理|治理|解决|研究|供应|停止|禁止|关闭|取缔|拆除|搬迁|退出|提高|提升|降低|下降|减少|控制|增加|扩大|互认|共享|对接|达标|设立|成立|配备|安装|公开|公布|"
        + "通报|检查|巡查|评估|考核|认定|推行|推广|普及|纳入|编制|上线|运行|挂牌|申报|登记|缴纳|缴费|参保|办理|审核|审批|核查|排查|摸底|调查|整治|督查|监测|更新|录入|移交|拨付|兑现|补助|确定|"
        + "选择|做出|作出|转型|打造|培育|引进|新增|争创|探视|巡访|宣传|培训|演练|进行|统筹|使用|安排|配齐|构建|规范|全覆盖|满足|突破|超过|保持|稳定|推开|铺开|"
        // "报区民政局", "报市政府": the short form of 报送, followed by the recipient.
        + "报(?=[市区旗县盟]|自治区)";

    /// <summary>What may stand between a time and its verb: adverbs, modal verbs, a subject such as 全市 or 各地区.</summary>
    private const string Adverbs =
        "基本|全面|全部|要|将|需|须|必须|应当|应|力争|争取|确保|务必|逐步|重点|持续|初步|着力|继续|努力|进一步|率先|均|都|再|"
        + "前|内|底|全市|全旗|全区|全县|各地|各地区|完成|实现|在|并|同步|按期|如期|分别|统一|依法";

    /// <summary>A task verb right at the position, after an optional "、2020年" list and adverbs ("基本完成", "持续开展").</summary>
    [GeneratedRegex(@"\G(?:、(?:19|20)[0-9]{2}年)*(?:" + Adverbs + ")*(?:" + Verbs + ")", Options)]
    private static partial Regex TaskVerbAhead();

    [GeneratedRegex(Verbs, Options)]
    private static partial Regex TaskVerb();

    /// <summary>Verbs that state a result to reach, as a year standing alone before a comma needs ("2024年，重点建设完成…").</summary>
    [GeneratedRegex("完成|建成|建立|实现|达到|达标|覆盖|出台|制定|印发|投运|投入使用|淘汰|取缔|关闭|创建|新建|改造|提高到|提升到|控制在|降低到|下降|减少|增加到|执行|形成|建设|设立|挂牌|上线|互认|"
        + "取得[^，。；]{0,6}?(?:进展|突破|成效|成果)", Options)]
    private static partial Regex OutcomeVerb();

    /// <summary>
    /// "、2025年持续开展", "组织开展", "全面推进": an activity carried on through a year (or a list of years), which
    /// makes the year a window rather than a due date. The last listed year is in group "last".
    /// </summary>
    [GeneratedRegex(@"\G(?:、(?<last>(?:19|20)[0-9]{2})年)*(?:" + Adverbs + "|深入|扎实|广泛|集中|统筹)*(?:开展|组织|推进|实施)", Options)]
    private static partial Regex ActivityAhead();

    /// <summary>"12000元", "8.6万元": a sum of money.</summary>
    [GeneratedRegex("[0-9](?:[0-9.]*)(?:万|亿)?元", Options)]
    private static partial Regex Amount();

    /// <summary>"出生的", "已参保的", "批准设立的": a status reached by a date, in a clause that qualifies a noun.</summary>
    [GeneratedRegex(@"\G(?:(?:已经|已)?(?:出生|参保|登记|批准|设立|成立|注册|取得|退休|入学|入园|发生|购买|购置|开工|签订|申请|参加|认定|备案|核准|获得|领取|入住|迁入)[^，。；、]{0,6}?的|(?:施行|实施|生效|执行)的)", Options)]
    private static partial Regex StatusClauseAhead();

    /// <summary>A deliverable right after a vague timing word: "及时报送", "定期向委托部门报告", "限期整改".</summary>
    [GeneratedRegex(@"\G(?:依法|依规|主动|认真|如实|统一|组织|逐项)*(?:向[^，。；]{1,15}?)?(?:报送|上报|报告|提交|完成|制定|制订|出台|整改|改正|办理|拨付|发放|公开|公布|移交|修订|印发|兑现|录入|反馈|通报|召开|开展|进行|组织|检查|巡查|巡访|检测|维护|评估|更新|清理|调整|补充|治理|达到|拆除|关闭|退出|搬迁|缴纳|补缴|研究)", Options)]
    private static partial Regex DeliverableAhead();

    /// <summary>Marks of a statement about the past: "完成了", "已经", "以来", "累计", "同比".</summary>
    [GeneratedRegex(@"(?<![为除])了(?!解)|已经|已(?=完成|建成|实现|达到|正式|全面|基本|开展|出台|印发|形成|覆盖|启动|有|于|在)|以来|至今|累计|共计|同比|(?:比|较)上年|共(?=有|完成|建成|投入|实施|发放)", Options)]
    private static partial Regex PastMarker();

    /// <summary>Words that make a sentence an obligation rather than a description.</summary>
    [GeneratedRegex("(?<![需主重纲概摘只])要(?![求点素闻件])|应当|(?<![相适供反对效])应(?![用急对])|须|务必|负责|确保|责成|督促|实行|建立", Options)]
    private static partial Regex Obligation();

    [GeneratedRegex("确保|必须|务必|(?<!必)须(?!知)|一律|坚决|要求(?=[^，。；]{0,24}前完成)", Options)]
    private static partial Regex HardMarker();

    [GeneratedRegex("力争|争取|努力|原则上|尽量|尽可能|力求|鼓励|逐步", Options)]
    private static partial Regex SoftMarker();

    public static bool TaskVerbAt(string text, int index) => index < text.Length && TaskVerbAhead().IsMatch(text, index);

    public static bool QualifiesANounAt(string text, int index) => index < text.Length && StatusClauseAhead().IsMatch(text, index);

    public static bool DeliverableAt(string text, int index) => index < text.Length && DeliverableAhead().IsMatch(text, index);

    public static bool HasTaskVerb(string text, int start, int end)
        => end > start && TaskVerb().IsMatch(text.AsSpan(start, end - start));

    public static bool HasOutcomeVerb(string text, int start, int end)
        => end > start && OutcomeVerb().IsMatch(text.AsSpan(start, end - start));

    /// <summary>The year after which an activity verb follows at <paramref name="index"/> (the last of a "、2025年" list, else <paramref name="year"/>), or null.</summary>
    public static (int LastYear, int ListEnd)? ActivityAt(string text, int index, int year)
    {
        if (index >= text.Length)
        {
            return null;
        }

        var match = ActivityAhead().Match(text, index);
        if (!match.Success)
        {
            return null;
        }

        var last = match.Groups["last"];
        return last.Success
            ? (int.Parse(last.ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture), last.Index + last.Length + 1)
            : (year, index);
    }

    /// <summary>"起，已正式施行", "起施行，每月…": the words say a rule takes effect.</summary>
    public static bool SaysItTakesEffect(ReadOnlySpan<char> words)
        => words.Contains("施行", StringComparison.Ordinal) || words.Contains("生效", StringComparison.Ordinal)
           || words.Contains("执行", StringComparison.Ordinal) || words.Contains("实施", StringComparison.Ordinal);

    public static bool HasAmount(string text, int start, int end)
        => end > start && Amount().IsMatch(text.AsSpan(start, end - start));

    public static bool HasPastMarker(string text, int start, int end)
    {
        // A line cut inside "了解" leaves a bare "了" at its end.
        if (end == text.Length && end > start && text[end - 1] == '了')
        {
            end--;
        }

        return end > start && PastMarker().IsMatch(text.AsSpan(start, end - start));
    }

    public static bool HasObligation(string text, int start, int end)
        => end > start && Obligation().IsMatch(text.AsSpan(start, end - start));

    /// <summary>
    /// The commitment of the sentence part <paramref name="start"/>..<paramref name="end"/> toward a time
    /// expression at <paramref name="at"/>: the marker nearest before it wins, else the first after it.
    /// </summary>
    public static Commitment CommitmentOf(string text, int start, int at, int end)
    {
        var before = NearestBefore(text, start, at);
        if (before != Commitment.Neutral)
        {
            return before;
        }

        var hard = FirstIndex(HardMarker(), text, at, end);
        var soft = FirstIndex(SoftMarker(), text, at, end);
        return (hard, soft) switch
        {
            ( < 0, < 0) => Commitment.Neutral,
            ( >= 0, < 0) => Commitment.Hard,
            ( < 0, >= 0) => Commitment.Soft,
            _ => hard < soft ? Commitment.Hard : Commitment.Soft,
        };
    }

    private static Commitment NearestBefore(string text, int start, int at)
    {
        var hard = LastIndex(HardMarker(), text, start, at);
        var soft = LastIndex(SoftMarker(), text, start, at);
        if (hard < 0 && soft < 0)
        {
            return Commitment.Neutral;
        }

        return hard > soft ? Commitment.Hard : Commitment.Soft;
    }

    private static int FirstIndex(Regex regex, string text, int start, int end)
    {
        if (end <= start)
        {
            return -1;
        }

        var match = regex.Match(text, start, end - start);
        return match.Success ? match.Index : -1;
    }

    private static int LastIndex(Regex regex, string text, int start, int end)
    {
        var last = -1;
        if (end <= start)
        {
            return last;
        }

        for (var match = regex.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            last = match.Index;
        }

        return last;
    }
}
