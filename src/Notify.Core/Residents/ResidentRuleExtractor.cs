using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Notify.Core.Items;

namespace Notify.Core.Residents;

/// <summary>
/// Reads the resident-facing rules of a sentence: the groups it names (canonical, see <see cref="ResidentGroups"/>)
/// and the amounts it sets for them. Where a sentence adjusts an amount ("由255元调整为280元") the new amount is
/// kept. Amounts are kept only where the sentence ties them to people, beds, households or a benefit
/// (每人, 每张床位, 给予, 补贴, 标准 …), so a budget line ("资金不低于1000万元") is not a resident rule.
/// </summary>
public sealed partial class ResidentRuleExtractor
{
    private static readonly Dictionary<char, (string Phrase, string? Group)[]> PhrasesByFirstChar = ResidentGroups.Phrases
        .GroupBy(p => p.Phrase[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly SearchValues<char> PhraseFirstChars = SearchValues.Create([.. PhrasesByFirstChar.Keys]);

    private static readonly SearchValues<string> ResidentWords = SearchValues.Create(
        ["居民", "群众", "老年人", "老人", "参保", "市民", "村民", "学生", "儿童", "幼儿", "患者", "家庭", "户籍", "个人", "残疾人", "妇女", "农牧民"],
        StringComparison.Ordinal);

    private static readonly (string Word, string Basis)[] Bases =
    [
        ("每张床位", "per-bed"), ("每床", "per-bed"), ("床位", "per-bed"), ("每人", "per-person"), ("人均", "per-person"),
        ("每名", "per-person"), ("每户", "per-household"), ("每个", "per-facility"), ("每所", "per-facility"), ("每处", "per-facility"),
        ("每家", "per-facility"), ("每次", "per-visit"), ("每人次", "per-visit"),
    ];

    private static readonly (string Word, string Period)[] Periods =
    [
        ("每年", "year"), ("每人每年", "year"), ("/年", "year"), ("每月", "month"), ("/月", "month"),
        ("每季度", "quarter"), ("一次性", "once"), ("建设补贴", "once"), ("奖励", "once"),
    ];

    private static readonly string[] Triggers =
        ["每", "人均", "给予", "发放", "补贴", "补助", "津贴", "标准", "缴费", "缴纳", "资助", "奖励", "调整为", "提高到", "提高至", "救助", "生活费", "护理费", "起付"];

    private static readonly string[] NewValueWords = ["调整为", "调整到", "提高到", "提高至", "提高为", "增加到", "增加至", "上调至", "上调到", "上调为", "降低到", "降低为", "下调为"];

    [GeneratedRegex(@"(?<first>年满)?(?<age>[0-9]{2,3})(?:周岁|岁)(?<plus>及以上|及其以上|或以上|以上)?", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex AgePhrase();

    [GeneratedRegex(@"(?<![0-9.,])(?<low>[0-9][0-9,]*(?:\.[0-9]+)?)(?:(?:——|[—\-－~～至到])(?<high>[0-9][0-9,]*(?:\.[0-9]+)?))?(?<unit>万元|千元|亿元|元)", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A service callers hold and inject; the shared contract is an instance method.")]
    public ResidentRules Extract(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length == 0)
        {
            return ResidentRules.None;
        }

        var text = ScanText.From(sentence).Text;
        var skipped = new List<(int Start, int End)>();
        var found = FindGroups(text, skipped);
        var groups = new List<string>();
        foreach (var (_, group) in found)
        {
            if (!groups.Contains(group))
            {
                groups.Add(group);
            }
        }

        var amounts = FindAmounts(text, found);
        var mentions = groups.Count > 0 || MentionsResidentWord(text, skipped);
        return groups.Count == 0 && amounts.Count == 0 && !mentions ? ResidentRules.None : new ResidentRules(groups, amounts, mentions);
    }

    /// <summary>Every group mention with where it ends, longest phrase first at each position.</summary>
    private static List<(int End, string Group)> FindGroups(string text, List<(int Start, int End)> skipped)
    {
        var found = new List<(int End, string Group)>();
        foreach (Match match in AgePhrase().Matches(text))
        {
            var age = int.Parse(match.Groups["age"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if ((match.Groups["plus"].Success || match.Groups["first"].Success) && ResidentGroups.Ages.Contains(age))
            {
                found.Add((match.Index + match.Length, ResidentGroups.AgeGroup(age)));
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(PhraseFirstChars);
            if (next < 0)
            {
                break;
            }

            i += next;
            var advance = 1;
            if (PhrasesByFirstChar.TryGetValue(text[i], out var candidates))
            {
                foreach (var (phrase, group) in candidates)
                {
                    if (string.CompareOrdinal(text, i, phrase, 0, phrase.Length) == 0)
                    {
                        if (group is not null)
                        {
                            found.Add((i + phrase.Length, group));
                        }
                        else
                        {
                            skipped.Add((i, i + phrase.Length));
                        }

                        advance = phrase.Length;
                        break;
                    }
                }
            }

            i += advance;
        }

        found.Sort((a, b) => a.End.CompareTo(b.End));
        return found;
    }

    /// <summary>A word that speaks of residents, outside the names of offices ("残疾人联合会").</summary>
    private static bool MentionsResidentWord(string text, List<(int Start, int End)> skipped)
    {
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(ResidentWords);
            if (found < 0)
            {
                return false;
            }

            var index = from + found;
            if (!skipped.Exists(s => index >= s.Start && index < s.End))
            {
                return true;
            }

            from = index + 1;
        }

        return false;
    }

    private static List<AmountRule> FindAmounts(string text, List<(int End, string Group)> groups)
    {
        var amounts = new List<AmountRule>();
        foreach (Match match in Money().Matches(text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (IsOldValue(text, start, end))
            {
                continue;
            }

            var clauseStart = ClauseStart(text, start);
            var context = text.AsSpan(clauseStart, Math.Min(text.Length, end + 6) - clauseStart);
            var owners = GroupsBefore(text, groups, clauseStart, start);
            if (owners.Count == 0 && !ContainsAny(context, Triggers))
            {
                continue;
            }

            var scale = match.Groups["unit"].Value switch
            {
                "万元" => 10_000m,
                "千元" => 1_000m,
                "亿元" => 100_000_000m,
                _ => 1m,
            };
            var amount = Parse(match.Groups["low"].Value) * scale;
            decimal? max = match.Groups["high"].Success ? Parse(match.Groups["high"].Value) * scale : null;
            var basis = LastWord(context, Bases);
            var period = LastWord(context, Periods);
            if (owners.Count == 0)
            {
                amounts.Add(new AmountRule(null, amount, "元", period, basis, max));
            }

            foreach (var owner in owners)
            {
                amounts.Add(new AmountRule(owner, amount, "元", period, basis, max));
            }
        }

        return amounts;
    }

    /// <summary>The groups named in the clause before an amount, else in the nearest clause before it in the same "；" part.</summary>
    private static List<string> GroupsBefore(string text, List<(int End, string Group)> groups, int clauseStart, int at)
    {
        var partStart = text.LastIndexOf('；', Math.Max(0, at - 1));
        var start = clauseStart;
        while (true)
        {
            var owners = new List<string>();
            foreach (var (end, group) in groups)
            {
                if (end > start && end <= at && !owners.Contains(group))
                {
                    owners.Add(group);
                }
            }

            if (owners.Count > 0 || start <= partStart + 1 || start == 0)
            {
                return owners;
            }

            at = start - 1;
            start = ClauseStart(text, at);
        }
    }

    private static bool IsOldValue(string text, int start, int end)
    {
        var after = text.AsSpan(end);
        if (!after.IsEmpty && (after[0] is '、' or '和'))
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, start - 2), Math.Min(2, start));
        return (before.EndsWith("由", StringComparison.Ordinal) || before.EndsWith("从", StringComparison.Ordinal))
            && ContainsAny(after[..Math.Min(after.Length, 4)], NewValueWords);
    }

    private static int ClauseStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] is '，' or '；' or '。' or '：')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static string? LastWord(ReadOnlySpan<char> context, (string Word, string Value)[] words)
    {
        string? value = null;
        var best = -1;
        foreach (var (word, meaning) in words)
        {
            var index = context.LastIndexOf(word, StringComparison.Ordinal);
            if (index > best || (index == best && index >= 0 && value is not null && word.Length > 1))
            {
                best = index;
                value = meaning;
            }
        }

        return value;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static decimal Parse(string number) => decimal.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
