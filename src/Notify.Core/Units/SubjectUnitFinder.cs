using System.Buffers;
using System.Text.RegularExpressions;

namespace Notify.Core.Units;

/// <summary>
/// Finds units that are the subject of a clause ("市民政局要会同市财政局…", "各旗县区人民政府要…",
/// "旗医保部门要…", "冬季清雪工作由市城管执法局牵头…", and duty lists "旗民政局：统筹推进…"). Groups
/// (各单位, 各地区、各部门, 各牵头单位) and bodies outside the directory are kept as written. A subject
/// holds from the start of its sentence (a fronted "2024年6月底前，…" included) and carries into the next
/// sentence only; a clause whose subject is something else ("养老机构要…") ends it.
/// </summary>
internal sealed partial class SubjectUnitFinder(UnitResolver resolver, AssignmentTextParser parser)
{
    private const int MaxSubjectLength = 40;
    private const int MaxVerbTries = 4;
    private const int MaxPartnerLength = 30;
    private const int DutyColonReach = 26;
    private const int MaxOtherSubjectLength = 15;
    private const int GroupWordReach = 12;
    private const int MaxGroupQualifierLength = 8;
    private const int MinBodyNameLength = 4;

    private static readonly SearchValues<char> ClauseEndsAndTitleMarks = SearchValues.Create("。；，！？：《》");
    private static readonly SearchValues<char> SubjectBreaks = SearchValues.Create("，。；！？《");
    private static readonly SearchValues<char> PartnerBreaks = SearchValues.Create("，。；");
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；！？");
    private static readonly SearchValues<char> FullStops = SearchValues.Create("。！？");
    private static readonly SearchValues<char> GroupQualifierEndings = SearchValues.Create("市旗县区盟镇乡直体局委办会院");

    // The last character of a subject that can be a unit: 局, 委, 部门, 政府, 苏木乡镇（中心）, 昆区 …
    private static readonly SearchValues<char> SubjectEndings = SearchValues.Create("局委办会府门心队院联行司所站处室部厅团组区旗县镇乡木）社校馆位台地");

    public List<LineSpan>? Find(string text, int bodyStart, string? jurisdiction)
    {
        List<LineSpan>? spans = null;
        var titleDepth = 0;
        var clauseStart = bodyStart;
        var sentenceStart = bodyStart;
        var sentencesSinceSubject = 0;
        var lastClause = -1;
        while (clauseStart < text.Length)
        {
            if (titleDepth == 0 && UnitText.IsCjk(text[clauseStart]))
            {
                var assignment = TrySubjectAt(text, clauseStart, clauseStart == bodyStart, spans is not null, jurisdiction, out var sentenceRead);
                if (assignment is not null && (spans is not null || !assignment.IsEmpty))
                {
                    spans ??= [];
                    var spanStart = spans.Count == 0 ? 0 : clauseStart;
                    if (!assignment.IsEmpty && spanStart > 0 && sentenceStart > lastClause)
                    {
                        // A fronted phrase ("2024年6月底前，对…，市编办要…") belongs to its sentence's own subject.
                        spanStart = sentenceStart;
                    }

                    spans.Add(new LineSpan(spanStart, assignment));
                    sentencesSinceSubject = 0;
                    lastClause = clauseStart;
                }

                clauseStart = Math.Max(clauseStart, sentenceRead);
            }

            var next = text.AsSpan(clauseStart).IndexOfAny(ClauseEndsAndTitleMarks);
            if (next < 0)
            {
                break;
            }

            var at = clauseStart + next;
            titleDepth = text[at] switch
            {
                '《' => titleDepth + 1,
                '》' => Math.Max(0, titleDepth - 1),
                _ => titleDepth,
            };
            if (titleDepth == 0 && SentenceEnds.Contains(text[at]))
            {
                sentenceStart = at + 1;
                EndCarryOver(spans, text[at], at + 1, ref sentencesSinceSubject);
            }

            clauseStart = at + 1;
        }

        return spans;
    }

    /// <summary>A subject carries into the next sentence without one, and no further.</summary>
    private static void EndCarryOver(List<LineSpan>? spans, char end, int nextSentence, ref int sentencesSinceSubject)
    {
        if (!FullStops.Contains(end) || ++sentencesSinceSubject < 2 || spans is null || spans[^1].Assignment.IsEmpty)
        {
            return;
        }

        spans.Add(new LineSpan(nextSentence, UnitAssignment.None));
    }

    private UnitAssignment? TrySubjectAt(string text, int start, bool opensLine, bool mayEndSubject, string? jurisdiction, out int sentenceRead)
    {
        sentenceRead = -1;
        start += Opener().Match(text, start).Length;
        var introducedByYou = start < text.Length - 1 && text[start] == '由';
        if (introducedByYou)
        {
            start++;
        }

        if (start >= text.Length)
        {
            return null;
        }

        var window = text.AsSpan(start, Math.Min(text.Length - start, MaxSubjectLength + 2));
        if (!MayOpenSubject(window))
        {
            var you = introducedByYou ? -1 : TopicThenYou(window);
            if (you < 0)
            {
                return mayEndSubject && EndsPreviousSubject(window) ? UnitAssignment.None : null;
            }

            introducedByYou = true;
            start += you + 1;
            window = text.AsSpan(start, Math.Min(text.Length - start, MaxSubjectLength + 2));
        }

        if (opensLine)
        {
            var colon = window[..Math.Min(window.Length, DutyColonReach)].IndexOf('：');
            if (colon >= 2 && TryUnits(window[..colon].ToString(), jurisdiction, out var dutyHolders))
            {
                return Build(dutyHolders, [], "duty list: the unit named before the colon");
            }
        }

        var tries = 0;
        foreach (var verb in SubjectVerb().EnumerateMatches(window))
        {
            if (verb.Index < 2)
            {
                continue;
            }

            var names = window[..verb.Index];
            if (names.IndexOfAny(SubjectBreaks) >= 0 || ++tries > MaxVerbTries)
            {
                break;
            }

            if (TryUnits(names.ToString(), jurisdiction, out var subjects))
            {
                if (introducedByYou || window[verb.Index..].StartsWith("牵头", StringComparison.Ordinal))
                {
                    return ReadWholeSentence(text, start, jurisdiction, out sentenceRead);
                }

                var partners = Partners(text, start + verb.Index, jurisdiction);
                return Build(subjects, partners, "sentence subject");
            }

        }

        return mayEndSubject && EndsPreviousSubject(window) ? UnitAssignment.None : null;
    }

    private bool MayOpenSubject(ReadOnlySpan<char> window) =>
        resolver.MayStartName(window) || window[..Math.Min(window.Length, GroupWordReach)].Contains('各');

    /// <summary>"冬季清雪工作由市城管执法局牵头": where the unit after a topic's 由 opens; -1 when there is none.</summary>
    private int TopicThenYou(ReadOnlySpan<char> window)
    {
        var end = window.IndexOfAny(SubjectBreaks);
        var clause = end < 0 ? window : window[..end];
        var you = clause.IndexOf('由');
        if (you < 2 || !MayOpenSubject(clause[(you + 1)..]))
        {
            return -1;
        }

        var after = clause[(you + 1)..];
        return after.Contains("牵头", StringComparison.Ordinal) || after.Contains("负责", StringComparison.Ordinal) ? you : -1;
    }

    /// <summary>"养老机构要…": a new subject that is no responsible unit ends the previous one.</summary>
    private static bool EndsPreviousSubject(ReadOnlySpan<char> window)
    {
        var limit = window[..Math.Min(window.Length, MaxOtherSubjectLength + 3)];
        var cut = limit.IndexOfAny(SubjectBreaks);
        if (cut >= 0)
        {
            limit = limit[..cut];
        }

        foreach (var modal in ModalVerb().EnumerateMatches(limit))
        {
            return modal.Index >= 2;
        }

        return false;
    }

    /// <summary>"由市民政局牵头，市财政局、住建局配合，…": the whole sentence is one assignment.</summary>
    private UnitAssignment ReadWholeSentence(string text, int start, string? jurisdiction, out int sentenceEnd)
    {
        sentenceEnd = text.AsSpan(start).IndexOfAny(SentenceEnds);
        sentenceEnd = sentenceEnd < 0 ? text.Length - 1 : start + sentenceEnd;
        var units = parser.Parse(text[start..sentenceEnd], UnitRole.Unspecified, jurisdiction, out _);
        return UnitAssignmentBuilder.Build(units, UnitAssignment.SubjectSource, ["lead and cooperating units named in the sentence"]);
    }

    private bool TryUnits(string names, string? jurisdiction, out List<UnitMatch> units)
    {
        units = [];
        if (!SubjectEndings.Contains(names[^1]) || names.AsSpan().IndexOfAny(SubjectBreaks) >= 0)
        {
            return false;
        }

        var written = UnitNameList.Split(names);
        if (written.Count == 0 || !written.TrueForAll(name => IsSubjectName(name, jurisdiction)))
        {
            return false;
        }

        units = resolver.ResolveWritten(written, jurisdiction, repairDebris: false);
        return true;
    }

    /// <summary>A known unit, a group (各单位, 全市医联体各成员单位, 各县区) or a body named like one (牵头医院).</summary>
    private bool IsSubjectName(string name, string? jurisdiction)
    {
        if (resolver.IsKnown(name, jurisdiction))
        {
            return true;
        }

        var remark = name.EndsWith('）') ? name.LastIndexOf('（') : -1;
        if (remark > 0)
        {
            // "各相关部门（单位）", "各旗县区人民政府（管委会）": the shape is the name's, not the remark's.
            name = name[..remark];
        }

        var each = name.IndexOf('各', StringComparison.Ordinal);
        if (each >= 0)
        {
            // "全市医联体各成员单位" and "市直各部门" qualify a group; "督促各单位" and "引导各地区" are verbs before one.
            var qualifierIsPlain = each == 0 || (each <= MaxGroupQualifierLength && GroupQualifierEndings.Contains(name[each - 1]));
            return qualifierIsPlain && name.Length > each + 1 && (UnitText.EndsLikeBody(name) || name[^1] is '区' or '县' or '旗' or '镇' or '乡' or '地' or '村');
        }

        return name.Length >= MinBodyNameLength && UnitText.EndsLikeBody(name) && !name.Contains('的', StringComparison.Ordinal);
    }

    /// <summary>"要会同市财政局、住建局…": the units a subject works with.</summary>
    private List<UnitMatch> Partners(string text, int verbStart, string? jurisdiction)
    {
        var rest = text.AsSpan(verbStart, Math.Min(text.Length - verbStart, MaxPartnerLength + 4));
        var with = PartnerWord().Match(rest.ToString());
        if (!with.Success)
        {
            return [];
        }

        var tail = rest[(with.Index + with.Length)..];
        var end = tail.IndexOfAny(PartnerBreaks);
        var span = (end < 0 ? tail : tail[..end]).ToString();
        var stop = PartnerStop().Match(span);
        var names = stop.Success ? span[..stop.Index] + (stop.Value.StartsWith("等部门", StringComparison.Ordinal) ? "等部门" : string.Empty) : span;
        return [.. resolver.ResolveWritten(UnitNameList.Split(names), jurisdiction, repairDebris: false).Where(u => u.Known || UnitText.EndsLikeBody(u.Name))];
    }

    private static UnitAssignment Build(List<UnitMatch> subjects, List<UnitMatch> partners, string reason)
    {
        var subjectRole = subjects.Count == 1 ? UnitRole.Lead : UnitRole.Unspecified;
        var roled = subjects.Select(s => new RoledUnit(s, subjectRole))
            .Concat(partners.Select(p => new RoledUnit(p, UnitRole.Cooperating)))
            .ToList();
        return UnitAssignmentBuilder.Build(roled, UnitAssignment.SubjectSource, [reason]);
    }

    [GeneratedRegex("要|应当|应|须|必须|务必|负责|牵头|会同|联合|统筹|组织|按照|根据|结合|建立|制定|出台|落实|推进|推动|督促|指导|每年|每月|每季度|每半年|定期|于|在|对|将|把|配合|协同|共同|积极|切实|认真|严格|及时|进一步|全面|加强|加快|做好|开展|实施|完善|研究|提供|履行|承担|抓好|做到|按")]
    private static partial Regex SubjectVerb();

    /// <summary>Words that open a clause before its subject: "请各旗县区…", "一是旗民政局…", "同时，…".</summary>
    [GeneratedRegex(@"\G(?:请|[一二三四五六七八九十]是|首先|其次|此外|另外|同时|最后)")]
    private static partial Regex Opener();

    [GeneratedRegex("要|应当|应|须|必须|务必")]
    private static partial Regex ModalVerb();

    [GeneratedRegex("^(?:要|应|须)?(?:会同|联合)")]
    private static partial Regex PartnerWord();

    [GeneratedRegex("等部门|等单位|等|开展|制定|建立|推进|做好|研究|共同|及时|实施|推动|出台|落实|对|加强|定期|每|统筹|组织|做|于|在|按|将|把|进行")]
    private static partial Regex PartnerStop();
}
