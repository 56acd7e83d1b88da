using System.Text.RegularExpressions;
using Notify.Core.Extraction;
using Notify.Core.Items;

namespace Notify.Core.Notices;

/// <summary>
/// Suggests the task sentence unit messages use (at most <see cref="MaxLength"/> characters): the verb phrase of the
/// assignment without its subject and time ("完成参保人员信息核对"; "将进度报送市医保局" becomes
/// "向市医保局报送进度"). A recurring item takes the clause that repeats ("每月16日前…"). Never a cut quote: when no
/// clause with a task verb fits, there is no suggestion.
/// </summary>
public static partial class TaskSentenceSuggester
{
    public const int MaxLength = 40;

    private static readonly string[] TaskVerbs =
    [
        "完成", "报送", "上报", "提交", "建立", "建成", "实现", "开展", "制定", "印发", "落实", "组织", "推进", "做好",
        "核对", "审核", "录入", "部署", "启动", "整改", "清理", "排查", "摸底", "办理", "发放", "将",
    ];

    private static readonly string[] RepeatCues = ["每月", "每季度", "每年", "每周", "每半年", "每日", "定期"];

    public static TextSuggestion Suggest(ExtractedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind == ItemKind.Effective && EffectiveSubject().Match(item.Quote) is { Success: true } effective)
        {
            return TextSuggestion.Of("执行" + effective.Groups["what"].Value);
        }

        var clauses = Clauses().Split(item.Quote).Select(clause => clause.Trim()).Where(clause => clause.Length > 0).ToList();
        var preferred = item.Kind == ItemKind.Recurring
            ? clauses.Where(clause => RepeatCues.Any(cue => clause.Contains(cue, StringComparison.Ordinal)))
            : clauses.Where(clause => !RepeatCues.Any(cue => clause.Contains(cue, StringComparison.Ordinal)));
        var task = preferred.Concat(clauses).Select(VerbPhrase).FirstOrDefault(phrase => phrase is not null);
        return task switch
        {
            null => TextSuggestion.None("no task verb (完成, 报送 …) found in the sentence; set task"),
            { Length: > MaxLength } => TextSuggestion.None($"the task clause has {task.Length} characters, more than {MaxLength}; set task"),
            _ => TextSuggestion.Of(task),
        };
    }

    /// <summary>The clause from its first task verb after any time cue, "将X报送Y" turned into "向Y报送X".</summary>
    private static string? VerbPhrase(string clause)
    {
        var timeCue = TimeCue().Match(clause);
        var from = timeCue.Success ? timeCue.Index + timeCue.Length : 0;
        var verbAt = TaskVerbs.Select(verb => clause.IndexOf(verb, from, StringComparison.Ordinal)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        if (verbAt < 0)
        {
            return null;
        }

        var phrase = clause[verbAt..];
        if (Handover().Match(phrase) is { Success: true } handover)
        {
            return $"向{handover.Groups["to"].Value}{handover.Groups["verb"].Value}{handover.Groups["what"].Value}";
        }

        return phrase.StartsWith('将') ? null : phrase;
    }

    [GeneratedRegex("[，。；;,！？：:]")]
    private static partial Regex Clauses();

    /// <summary>"于2026年8月31日前", "每季度末", "每月5日前": the time the task is due, ending where the task begins.</summary>
    [GeneratedRegex("(?:日|月|年|季度|旬|周)(?:底|末|初)?(?:之前|以前|前)|(?:月|年|季度|旬)(?:底|末)")]
    private static partial Regex TimeCue();

    [GeneratedRegex("^将(?<what>.+?)(?<verb>报送|上报|提交|报)(?<to>.+)$")]
    private static partial Regex Handover();

    [GeneratedRegex("(?<what>本(方案|办法|通知|规定|细则|意见|制度))自")]
    private static partial Regex EffectiveSubject();
}
