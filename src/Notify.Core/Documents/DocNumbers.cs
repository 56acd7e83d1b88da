using System.Text.RegularExpressions;
using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>
/// Reads the number a document is issued under and writes it the standard way: a 文号 with 〔〕 around the
/// year ("包府发[2019]41号" → "包府发〔2019〕41号"), a decree number ("包头市人民政府令第128号") or an
/// announcement number ("包头市人民政府公告2019年第3号"), on one line or with the issuer on the line before.
/// </summary>
internal static partial class DocNumbers
{
    private const int MaximumLineLength = 160;

    [GeneratedRegex(@"^(?<issuer>[\u4E00-\u9FFF]{2,24}令)?(?<number>第\d{1,5}号)$", RegexOptions.CultureInvariant)]
    private static partial Regex DecreeNumber();

    [GeneratedRegex(@"^(?<issuer>[\u4E00-\u9FFF]{2,24}(?:公告|通告))?(?<number>(?:19|20)\d{2}年第\d{1,4}号)$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncementNumber();

    [GeneratedRegex(@"^(?<title>.{4,120}?)（(?<number>[^（）]{4,30}号)）$", RegexOptions.CultureInvariant)]
    private static partial Regex TitledNumber();

    [GeneratedRegex(@"^(?!.*关于)[\u4E00-\u9FFF]{2,24}(?:令|公告|通告)$", RegexOptions.CultureInvariant)]
    private static partial Regex SeriesName();

    /// <summary>"文号：某政发〔2022〕14号" among other fields of a metadata line; the number itself is read by <see cref="ReadIssueNumber"/>.</summary>
    [GeneratedRegex(@"(?:发文字号|发文文号|文号)：(?<number>[\u4E00-\u9FFFA-Za-z]{1,16}?[〔\[［（【](?:19|20)\d{2}[〕\]］）】]第?\d{1,5}号)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberField();

    /// <summary>"名称：…的通知" before a number field on the same line.</summary>
    [GeneratedRegex(@"^(?:名称|标题|文件名称)：(?<title>[^：]{4,120}?)(?=(?:发文字号|发文文号|文号)：|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NameField();

    /// <summary>A flattened snippet: the 文号 runs straight into the addressees ("某府发〔2022〕5号各乡镇人民政府，…：").</summary>
    [GeneratedRegex(@"^(?<number>[\u4E00-\u9FFFA-Za-z]{1,16}?[〔\[［（【](?:19|20)\d{2}[〕\]］）】]第?\d{1,5}号)(?=各[\u4E00-\u9FFF、，]{1,80}：)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberBeforeAddressees();

    /// <summary>A document number standing on line <paramref name="index"/>, possibly with its series name on the line before.</summary>
    public static NumberLine? Read(IReadOnlyList<NormalizedLine> lines, int index)
    {
        var text = lines[index].Text;
        if (text.Length <= MaximumLineLength && ReadInline(text) is { } inline)
        {
            return inline with { First = index, Last = index };
        }

        if (text.Length > MaximumLineLength || !(text.EndsWith('号') || text.EndsWith('）') || text.Contains("签发人", StringComparison.Ordinal)))
        {
            return null;
        }

        if (ReadIssueNumber(text) is { } issued)
        {
            return new NumberLine(index, index, issued, text.StartsWith("发文字号", StringComparison.Ordinal) || text.StartsWith("文号", StringComparison.Ordinal));
        }

        // "关于印发…的通知（扎政办发〔2023〕16号）": a web page's title carrying its number.
        if (TitledNumber().Match(text) is { Success: true } titled && LineShapes.IsTitleLike(titled.Groups["title"].Value)
            && ReadIssueNumber(titled.Groups["number"].Value) is { } carried)
        {
            return new NumberLine(index, index, carried, Labeled: false) { Title = titled.Groups["title"].Value };
        }

        var series = DecreeNumber().Match(text) is { Success: true } decree ? decree
            : AnnouncementNumber().Match(text) is { Success: true } announcement ? announcement
            : null;
        if (series is null)
        {
            return null;
        }

        if (series.Groups["issuer"].Success)
        {
            return new NumberLine(index, index, text, Labeled: false);
        }

        return index > 0 && SeriesName().IsMatch(lines[index - 1].Text)
            ? new NumberLine(index - 1, index, lines[index - 1].Text + text, Labeled: false)
            : null;
    }

    /// <summary>The length of a 文号 that opens a flattened snippet and runs into its addressees; 0 when there is none.</summary>
    public static int LeadingNumberLength(string text) => NumberBeforeAddressees().Match(text) is { Success: true } match ? match.Length : 0;

    /// <summary>A 文号 that is not alone on its line: a labelled field among others, or the opening of a flattened snippet.</summary>
    private static NumberLine? ReadInline(string text)
    {
        var field = text.Contains("号：", StringComparison.Ordinal) ? NumberField().Match(text) : Match.Empty;
        if (field.Success && !LineShapes.IsDocNumber(text) && ReadIssueNumber(field.Groups["number"].Value) is { } labelled)
        {
            var name = NameField().Match(text);
            return new NumberLine(0, 0, labelled, Labeled: true) { Title = name.Success ? name.Groups["title"].Value : null };
        }

        var leading = NumberBeforeAddressees().Match(text);
        return leading.Success && ReadIssueNumber(leading.Groups["number"].Value) is { } opening
            ? new NumberLine(0, 0, opening, Labeled: false) { OpensBody = true }
            : null;
    }

    /// <summary>A 文号 alone, or alone in parentheses: "包府发[2019]41号", "（包府发〔2019〕41号）".</summary>
    private static string? ReadIssueNumber(string text)
    {
        var bare = text.Length > 2 && text[0] == '（' && text[^1] == '）' ? text[1..^1] : text;
        var match = LineShapes.DocNumberLine().Match(bare);
        return match.Success
            ? $"{match.Groups["org"].Value}〔{match.Groups["year"].Value}〕{match.Groups["ordinal"].Value}{match.Groups["number"].Value}号"
            : null;
    }

    /// <param name="First">The first line of the number (the series name's line when it stands above).</param>
    /// <param name="Last">The line holding the number itself.</param>
    /// <param name="Number">The number, normalized.</param>
    /// <param name="Labeled">Read from a web page's "发文字号：" field rather than the document's own header.</param>
    internal sealed record NumberLine(int First, int Last, string Number, bool Labeled)
    {
        /// <summary>The title, when it stands on the same line as the number.</summary>
        public string? Title { get; init; }

        /// <summary>The rest of the line is the document's body (addressees first), as in a flattened snippet.</summary>
        public bool OpensBody { get; init; }
    }
}
