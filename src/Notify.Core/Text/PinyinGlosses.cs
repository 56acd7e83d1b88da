using System.Text.RegularExpressions;

namespace Notify.Core.Text;

/// <summary>
/// Pinyin glosses some pages put after a character, "報(bào)送", "须(xu1)": removed so the words around them
/// match again. Only a parenthesis of lowercase pinyin with a tone mark or tone digit counts, so "(a)" and "(PM2.5)" stay.
/// </summary>
internal static partial class PinyinGlosses
{
    [GeneratedRegex(@"(?<=[\u3400-\u9FFF])\((?=[a-z\u00E0-\u01DC]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5])[a-z\u00E0-\u01DC]{1,6}[1-5]?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Gloss();

    /// <summary>The prepared line without its glosses (parentheses are half-width after preparation).</summary>
    public static string Strip(string prepared) => prepared.Contains('(', StringComparison.Ordinal) ? Gloss().Replace(prepared, string.Empty) : prepared;
}
