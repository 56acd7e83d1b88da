using System.Text;
using System.Text.RegularExpressions;

namespace Notify.Core.Units;

/// <summary>
/// Reads the units and their roles out of an assignment text: the content of a 牵头单位/配合单位/责任单位
/// line, a parenthetical "（市卫健委、民政局按照职责分别负责）" or "（市生态环境局牵头，市工信局、住建局配合）",
/// or a 责任分工 sentence ("市环保局牵头，市公安局配合，各旗县区政府负责组织实施").
/// </summary>
internal sealed partial class AssignmentTextParser(UnitResolver resolver)
{
    private const int RoleWindow = 10;
    private const int MaxLabelReach = 12;
    private const char LeadMark = '\u2605';
    private const char CooperatingMark = '\u2606';
    private const int MaxUnitNameLength = 24;

    /// <summary>Whether a label opens the text, e.g. "牵头单位：".</summary>
    public static Match MatchLabelAt(string text, int start)
    {
        // Every label is a few characters followed by "：", so most lines are ruled out without the regex.
        var colon = text.AsSpan(start, Math.Min(text.Length - start, MaxLabelReach)).IndexOf('：');
        return colon < 0 ? Match.Empty : LabelAtStart().Match(text, start, colon + 1);
    }

    /// <summary>The next unit label anywhere in the text from <paramref name="start"/> on.</summary>
    public static Match FindLabel(string text, int start)
    {
        var match = Label().Match(text, start);
        while (match.Success && !match.Groups["label"].Success)
        {
            match = match.NextMatch();
        }

        return match;
    }

    /// <summary>A cheap test before looking for labels inside a line: every unit label ends in one of these.</summary>
    public static bool MayHoldLabel(string text) =>
        text.Contains("位：", StringComparison.Ordinal) || text.Contains("门：", StringComparison.Ordinal)
        || text.Contains("分工：", StringComparison.Ordinal) || text.Contains("主体：", StringComparison.Ordinal);

    /// <summary>A line such as "完成时限：2024年底前" that belongs to the task's labels but names no unit.</summary>
    public static bool StartsWithCompanionLabel(string text)
    {
        var colon = text.AsSpan(0, Math.Min(text.Length, MaxLabelReach)).IndexOf('：');
        return colon >= 0 && CompanionLabelAtStart().IsMatch(text.AsSpan(0, colon + 1));
    }

    public static bool ContainsRoleWord(string text) => RoleWord().IsMatch(text);

    /// <summary>Whether a piece of a list can be a unit name (known, or shaped like one: "…局", "…办").</summary>
    public bool IsUnitName(string name, string? jurisdiction) => LooksLikeUnit(name, jurisdiction);

    /// <summary>Parses text that starts right after a label ("旗民政局；配合单位：旗财政局"), honouring later labels.</summary>
    public List<RoledUnit> ParseLabelled(string content, string label, string? jurisdiction)
    {
        var units = new List<RoledUnit>();
        UnitRole? role = RoleOfLabel(label);
        var position = 0;
        foreach (Match next in Label().Matches(content))
        {
            if (role is { } current)
            {
                units.AddRange(Parse(content[position..next.Index], current, jurisdiction, out _));
            }

            role = next.Groups["label"].Success ? RoleOfLabel(next.Groups["label"].Value) : null;
            position = next.Index + next.Length;
        }

        if (role is { } last)
        {
            units.AddRange(Parse(content[position..], last, jurisdiction, out _));
        }

        return units;
    }

    /// <summary>
    /// The units in a table's unit column: every name counts, companies and other bodies the
    /// directory does not know included (they come back unknown, to be routed).
    /// </summary>
    public List<RoledUnit> ParseCell(string cell, string columnLabel, string? jurisdiction)
    {
        var role = RoleOfLabel(columnLabel);
        var names = new List<string>();
        foreach (var run in UnitNameList.Canonical(MarkRolesAfterNames(cell)).Split(['，', '；', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            names.AddRange(UnitNameList.Split(run));
        }

        var roles = names.Select(n => n[^1] switch { LeadMark => UnitRole.Lead, CooperatingMark => UnitRole.Cooperating, _ => role }).ToList();
        var matches = resolver.ResolveWritten([.. names.Select(n => n.TrimEnd(LeadMark, CooperatingMark))], jurisdiction);
        return [.. matches.Select((match, i) => new RoledUnit(match, roles[i]))];
    }

    /// <summary>
    /// Parses an assignment text; <paramref name="opensWithUnit"/> tells whether its first clause starts
    /// with a unit name (a parenthetical that does not is an aside, not an assignment).
    /// </summary>
    public List<RoledUnit> Parse(string content, UnitRole defaultRole, string? jurisdiction, out bool opensWithUnit)
    {
        var text = MarkRolesAfterNames(UnitNameList.Canonical(WithoutCitedTitles(content)));
        var written = new List<string>();
        var roles = new List<UnitRole>();
        var marked = new List<bool>();
        var tasks = new List<string?>();
        var pendingFrom = 0;
        opensWithUnit = false;
        var firstClause = true;
        foreach (var (whole, endsSentence) in Clauses(text))
        {
            if (endsSentence && written.Count > 0 && written[^1].Length > 0)
            {
                // Marks the sentence end for prefix sharing; it resolves to nothing.
                written.Add(string.Empty);
                roles.Add(UnitRole.Unspecified);
                marked.Add(false);
                tasks.Add(null);
            }

            if (whole.Length == 0)
            {
                continue;
            }

            var (clause, topic) = SplitTopic(whole, jurisdiction);
            var marker = RoleMarker().Match(clause);
            var namesPart = marker.Success ? clause[..marker.Index] : clause;
            var rest = marker.Success ? clause[marker.Index..] : string.Empty;
            var groupWord = GroupWordAfterNames().Match(rest);
            if (groupWord.Success)
            {
                namesPart += groupWord.Value;
            }

            var names = LeadingUnitNames(namesPart, jurisdiction);
            if (firstClause)
            {
                opensWithUnit = names.Count > 0;
                firstClause = false;
            }

            if (names.Count == 0)
            {
                continue;
            }

            var clauseFrom = written.Count;
            foreach (var (name, markedRole) in names)
            {
                if (!IsPageBreakDebris(name, written, jurisdiction))
                {
                    written.Add(name);
                    roles.Add(markedRole ?? UnitRole.Unspecified);
                    marked.Add(markedRole is not null);
                    tasks.Add(null);
                }
            }

            if (rest.Length == 0)
            {
                continue;
            }

            var role = RoleOf(rest);
            AssignPending(roles, marked, pendingFrom, role);
            pendingFrom = roles.Count;
            if (role == UnitRole.Lead && SubTask(topic, rest) is { } subTask)
            {
                for (var i = clauseFrom; i < tasks.Count; i++)
                {
                    tasks[i] = subTask;
                }
            }
        }

        AssignPending(roles, marked, pendingFrom, defaultRole);

        var matches = resolver.ResolveWritten(written, jurisdiction);
        var units = new List<RoledUnit>(matches.Count);
        var next = 0;
        for (var i = 0; i < written.Count; i++)
        {
            if (written[i].Length > 0)
            {
                units.Add(new RoledUnit(matches[next++], roles[i], tasks[i]));
            }
        }

        return units;
    }

    /// <summary>The sub-task a lead is named for: a topic before 由, or what follows "牵头负责".</summary>
    private static string? SubTask(string? topic, string rest)
    {
        if (topic is not null)
        {
            return topic;
        }

        var task = TaskAfterRole().Match(rest);
        return task.Success ? task.Groups["task"].Value : null;
    }

    /// <summary>
    /// "道路养护工作由市交通局牵头": the topic before 由 is the sub-task, the unit after it is the clause's
    /// subject. A clause without such a 由 comes back whole.
    /// </summary>
    private (string Clause, string? Topic) SplitTopic(string clause, string? jurisdiction)
    {
        var you = clause.IndexOf('由', StringComparison.Ordinal);
        if (you < 2 || you == clause.Length - 1)
        {
            return (clause, null);
        }

        var after = clause[(you + 1)..];
        var marker = RoleMarker().Match(after);
        if (!marker.Success || LeadingUnitNames(after[..marker.Index], jurisdiction).Count == 0)
        {
            return (clause, null);
        }

        var topic = clause[..you].TrimEnd('的');
        topic = topic.EndsWith("工作", StringComparison.Ordinal) && topic.Length > 3 ? topic[..^2] : topic;
        return (after, topic);
    }

    /// <summary>
    /// A short unknown leftover of a page break, such as "员会" after "发展和改革委员会": a piece of the
    /// previous name's ending, or two characters that name nothing.
    /// </summary>
    private bool IsPageBreakDebris(string name, List<string> written, string? jurisdiction)
    {
        if (resolver.IsKnown(name, jurisdiction))
        {
            return false;
        }

        return name.Length <= 2 || (written.Count > 0 && written[^1].EndsWith(name, StringComparison.Ordinal));
    }

    /// <summary>The clauses of a text, each flagged when a sentence ended (。；) just before it.</summary>
    private static IEnumerable<(string Clause, bool AfterSentenceEnd)> Clauses(string text)
    {
        var start = 0;
        var afterSentenceEnd = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('，' or '。' or '；'))
            {
                continue;
            }

            yield return (text[start..i].Trim(), afterSentenceEnd);
            afterSentenceEnd = i < text.Length && text[i] is '。' or '；';
            start = i + 1;
        }
    }

    /// <summary>A label's role from its words, so that unfamiliar labels (主抓部门, 协作单位) are read too.</summary>
    private static UnitRole RoleOfLabel(string label)
    {
        if (LeadLabelWord().IsMatch(label))
        {
            return UnitRole.Lead;
        }

        return CooperatingLabelWord().IsMatch(label) ? UnitRole.Cooperating : UnitRole.Unspecified;
    }

    private static UnitRole RoleOf(string rest)
    {
        var window = rest.AsSpan(0, Math.Min(rest.Length, RoleWindow));
        if (window.StartsWith("牵头", StringComparison.Ordinal))
        {
            return UnitRole.Lead;
        }

        if (CooperatingWord().IsMatch(window))
        {
            return UnitRole.Cooperating;
        }

        return LeadWord().IsMatch(window) ? UnitRole.Lead : UnitRole.Unspecified;
    }

    private static void AssignPending(List<UnitRole> roles, List<bool> marked, int from, UnitRole role)
    {
        for (var i = from; i < roles.Count; i++)
        {
            if (!marked[i])
            {
                roles[i] = role;
            }
        }
    }

    /// <summary>The names a clause opens with, stopping at the first piece that is not a unit.</summary>
    private List<(string Name, UnitRole? MarkedRole)> LeadingUnitNames(string namesPart, string? jurisdiction)
    {
        var names = new List<(string, UnitRole?)>();
        foreach (var piece in UnitNameList.Split(namesPart))
        {
            var (name, markedRole) = piece[^1] switch
            {
                LeadMark => (piece[..^1], UnitRole.Lead),
                CooperatingMark => (piece[..^1], UnitRole.Cooperating),
                _ => (piece, (UnitRole?)null),
            };
            if (!LooksLikeUnit(name, jurisdiction))
            {
                break;
            }

            names.Add((name, markedRole));
        }

        return names;
    }

    /// <summary>"市民政局（牵头）、市财政局": a role written in brackets right after a name.</summary>
    private static string MarkRolesAfterNames(string text)
    {
        if (!text.Contains("（牵头", StringComparison.Ordinal) && !text.Contains("（配合", StringComparison.Ordinal))
        {
            return text;
        }

        return MarkedRole().Replace(text, m => m.Groups["role"].Value == "牵头" ? LeadMark.ToString() : CooperatingMark.ToString());
    }

    private bool LooksLikeUnit(string name, string? jurisdiction)
    {
        if (name.Length is < 2 or > MaxUnitNameLength || name.Contains('的', StringComparison.Ordinal))
        {
            return false;
        }

        return resolver.IsKnown(name, jurisdiction) || UnitText.EndsLikeBody(name) || name.EndsWith('）');
    }

    private static string WithoutCitedTitles(string text)
    {
        var open = text.IndexOf('《', StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '《')
            {
                depth++;
            }
            else if (c == '》' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private const string Labels = "牵头责任单位|牵头单位|牵头部门|主责单位|主责部门|主办单位|责任单位|责任部门|责任主体|落实单位|承办单位|配合单位|配合部门|协办单位|协办部门|参与单位|参与部门|协同单位|协同部门|责任分工|实施单位|实施主体";

    // Labels that sit beside the unit labels of a task but name no unit.
    private const string CompanionLabels = "完成时限|完成时间|完成期限|时间节点|时限要求|进度安排|责任领导|牵头领导|分管领导|责任人|联系人|责任科室|工作目标|目标任务|具体措施";

    // Any short "X单位：" / "X部门：" that starts its clause is a label, except addressees such as "各有关单位：".
    private const string AnyLabel = Labels + @"|(?<![\u4e00-\u9fff])(?!各|有关|相关|其他|其它|以下|上述|下列|所在|全体|本|我|市直|县直|旗直|区直)[\u4e00-\u9fff]{2,4}(?:单位|部门)";

    [GeneratedRegex(@"\G[\s#*\-]*(?<label>" + AnyLabel + ")：")]
    private static partial Regex LabelAtStart();

    [GeneratedRegex(@"^[\s#*\-]*(?:" + CompanionLabels + ")：")]
    private static partial Regex CompanionLabelAtStart();

    [GeneratedRegex(@"(?<label>" + AnyLabel + ")：|(?<companion>" + CompanionLabels + ")：")]
    private static partial Regex Label();

    [GeneratedRegex(@"牵头(?!单位|部门|医院|医疗|机构|的|起草)|配合|参与|协同|协助|协办|共同|分别|按照|按职责|负责|组织实施|组织开展|落实|依法|开展|要|应当|等|做好")]
    private static partial Regex RoleMarker();

    [GeneratedRegex(@"（(?<role>牵头|配合)(?:单位|部门)?）")]
    private static partial Regex MarkedRole();

    [GeneratedRegex(@"^等(?:有关|相关)?部门")]
    private static partial Regex GroupWordAfterNames();

    [GeneratedRegex(@"牵头(?!单位|部门|医院|医疗|机构|的|起草)|负责|配合|参与|协同|落实|组织实施")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"配合|参与|协同|协助|协办")]
    private static partial Regex CooperatingWord();

    [GeneratedRegex(@"牵头|主责|主办|主抓|主管")]
    private static partial Regex LeadLabelWord();

    [GeneratedRegex(@"配合|协作|协办|参与|协同|协助|支持")]
    private static partial Regex CooperatingLabelWord();

    [GeneratedRegex(@"^(?:牵头)?负责(?<task>[\u4e00-\u9fff]{2,20})")]
    private static partial Regex TaskAfterRole();

    [GeneratedRegex(@"牵头(?!单位|部门|医院|医疗|机构)")]
    private static partial Regex LeadWord();
}
