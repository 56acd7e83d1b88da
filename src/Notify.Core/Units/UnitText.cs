namespace Notify.Core.Units;

/// <summary>Character-level helpers shared by the unit parsers.</summary>
internal static class UnitText
{
    private const string UnitSuffixChars = "局委办会府门心队院联行司所站处室部厅团组";
    private const string BodySuffixChars = "社校馆位";
    private const int MinBodyNameLength = 3;
    private const string TerminalPunctuation = "。！？；：…”\"";

    private static readonly string[] BodySuffixWords = ["电视台", "广播台", "电台", "气象台"];

    /// <summary>
    /// Maps the ASCII punctuation that sometimes survives normalisation to its full-width form, one
    /// character for one, so indexes into the result are indexes into the original.
    /// </summary>
    public static string FoldPunctuation(string text)
    {
        if (text.AsSpan().IndexOfAny("(),;:") < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '(' => '（',
                    ')' => '）',
                    ',' => '，',
                    ';' => '；',
                    ':' => '：',
                    var c => c,
                };
            }
        });
    }

    /// <summary>True when the name ends like a unit (局, 委, 办, 政府, 部门, 中心 …).</summary>
    public static bool EndsWithUnitSuffix(string name) =>
        name.Length > 0 && UnitSuffixChars.Contains(name[^1], StringComparison.Ordinal);

    /// <summary>
    /// True when the name ends like a unit or like a body outside government that a notice may still
    /// charge with a task (…社, …学校, …馆, …电视台, 各成员单位).
    /// </summary>
    public static bool EndsLikeBody(string name) =>
        EndsWithUnitSuffix(name)
        || (name.Length >= MinBodyNameLength && BodySuffixChars.Contains(name[^1], StringComparison.Ordinal))
        || Array.Exists(BodySuffixWords, word => name.Length > word.Length && name.EndsWith(word, StringComparison.Ordinal));

    /// <summary>True when a line ends a sentence, so the next line is not its continuation.</summary>
    public static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && (TerminalPunctuation.Contains(trimmed[^1]) || trimmed[^1] == '）');
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';
}
