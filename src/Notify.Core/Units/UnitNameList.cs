using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Notify.Core.Units;

/// <summary>
/// Splits a written list of unit names ("市卫健委、民政局和医保局", "昆区、青山区政府",
/// "人社、医保、财政等部门") into single names, giving a suffix written once at the end of the list
/// ("政府", "部门") to the bare stems before it.
/// </summary>
internal static partial class UnitNameList
{
    private static readonly string[] SharedSuffixes = ["人民政府", "政府", "部门"];
    private static readonly SearchValues<char> ListMarks = SearchValues.Create("、和及与等由并以同 “”\"'*");
    private static readonly string[] LeadingFillers = ["以及", "同时", "由", "并", "及", "和", "与"];

    /// <summary>Splits a run of names; the run holds no "，" (callers split clauses first).</summary>
    /// <param name="run">The written names.</param>
    /// <param name="startsWithPlace">Tells a place opening with a filler character (和林格尔县) from the filler.</param>
    public static List<string> Split(string run, Predicate<string>? startsWithPlace = null)
    {
        if (run.AsSpan().IndexOfAny(ListMarks) < 0)
        {
            var single = Clean(run, startsWithPlace);
            return single.Length == 0 ? [] : [single];
        }

        var text = Canonical(run);
        var sharedSuffix = TakeTrailingGroupWord(ref text);
        var names = new List<string>();
        foreach (var piece in text.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            SplitOnConjunctions(piece, names);
        }

        for (var i = 0; i < names.Count; i++)
        {
            names[i] = Clean(names[i], startsWithPlace);
        }

        names.RemoveAll(n => n.Length == 0);
        DistributeSuffix(names, sharedSuffix);
        return names;
    }

    /// <summary>Removes fillers and quantifiers that are not part of a name ("由", "等").</summary>
    /// <param name="name">The written name.</param>
    /// <param name="startsWithPlace">When given and true, a leading "和" is the start of a place name (和林格尔县), kept.</param>
    public static string Clean(string name, Predicate<string>? startsWithPlace = null)
    {
        var span = name.AsSpan().Trim(" \t“”\"'*");
        foreach (var filler in LeadingFillers)
        {
            if (span.StartsWith(filler, StringComparison.Ordinal) && span.Length > filler.Length + 1)
            {
                if (startsWithPlace is not null && startsWithPlace(span.ToString()))
                {
                    break;
                }

                span = span[filler.Length..];
                break;
            }
        }

        var text = span.Length == name.Length ? name : span.ToString();
        if (!text.Contains('等', StringComparison.Ordinal))
        {
            return text;
        }

        var trailing = TrailingQuantifier().Match(text);
        return trailing.Success ? text[..trailing.Index] : text;
    }

    /// <summary>
    /// Writes "旗、县、区", "苏木、乡、镇" and the region's standard addressees ("各盟行政公署、市人民政府",
    /// "自治区各委、办、厅、局") the way the directory does.
    /// </summary>
    public static string Canonical(string text)
    {
        if (!text.Contains('、', StringComparison.Ordinal))
        {
            return text;
        }

        return new StringBuilder(text)
            .Replace("旗、县、区", "旗县区")
            .Replace("旗县（区）", "旗县区")
            .Replace("苏木、乡、镇", "苏木乡镇")
            .Replace("苏木（乡、镇）", "苏木乡镇")
            .Replace("各盟行政公署、市人民政府", "各盟市人民政府")
            .Replace("各委、办、厅、局", "各委办厅局")
            .ToString();
    }

    private static string? TakeTrailingGroupWord(ref string text)
    {
        var match = TrailingGroupWord().Match(text);
        if (!match.Success)
        {
            return null;
        }

        text = text[..match.Index];
        return match.Groups["word"].Value;
    }

    private static void SplitOnConjunctions(string piece, List<string> names)
    {
        // "环保局和交通运输局" is two units, "住房和城乡建设局" is one: split only after a unit suffix.
        var start = 0;
        for (var i = 1; i < piece.Length - 1; i++)
        {
            if (piece[i] is '和' or '及' or '与' && (UnitText.EndsLikeBody(piece[start..i]) || piece[i - 1] == '）') && i - start >= 2)
            {
                names.Add(piece[start..i]);
                start = i + 1;
            }
        }

        names.Add(piece[start..]);
    }

    /// <summary>
    /// "昆区、青山区、东河区、九原区政府" and "住建、农牧、城管执法部门": a suffix written once closes a run
    /// of bare stems before it; "人社、医保、财政等部门" gives it to every stem of the list.
    /// </summary>
    private static void DistributeSuffix(List<string> names, string? trailingGroupWord)
    {
        var runStart = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (IsBareStem(names[i]))
            {
                continue;
            }

            var suffix = Array.Find(SharedSuffixes, s => names[i].EndsWith(s, StringComparison.Ordinal) && names[i].Length > s.Length);
            if (suffix is not null)
            {
                AppendToStems(names, runStart, i, suffix);
            }

            runStart = i + 1;
        }

        if (trailingGroupWord is not null)
        {
            AppendToStems(names, runStart, names.Count, trailingGroupWord);
        }
    }

    private static void AppendToStems(List<string> names, int from, int to, string suffix)
    {
        for (var i = from; i < to; i++)
        {
            names[i] += suffix;
        }
    }

    /// <summary>"昆区", "住建", "人社": a place or a field with no unit word after it.</summary>
    private static bool IsBareStem(string name) =>
        name.Length is >= 2 and <= 8 && !UnitText.EndsLikeBody(name) && !name.StartsWith('各') && name[^1] is not ('）' or '\u2605' or '\u2606');

    [GeneratedRegex(@"(?:等(?:有关|相关)?(?:部门|单位|机构)?|等)$")]
    private static partial Regex TrailingQuantifier();

    [GeneratedRegex(@"等(?:有关|相关)?(?<word>部门)$")]
    private static partial Regex TrailingGroupWord();
}
