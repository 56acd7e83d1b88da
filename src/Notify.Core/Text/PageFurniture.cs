using System.Buffers;
using System.Text.RegularExpressions;

namespace Notify.Core.Text;

/// <summary>
/// What a printed page adds around the text: page numbers ("— 12 —", "-12-", "第 3 页"), separator
/// debris, the gazette's masthead (issue numbers, bare year) and running heads ("市政府文件",
/// "包头市人民政府公报"). Works on prepared text (spacing intact) except where noted.
/// </summary>
internal static partial class PageFurniture
{
    private static readonly SearchValues<char> DebrisCharacters = SearchValues.Create(" \t-—–_=*·•.…~～|/\\#+<>");
    private static readonly SearchValues<char> Punctuation = SearchValues.Create("，。；：！？、（）《》“”");

    [GeneratedRegex(@"^(?:[-—–~～·•]{1,3}\s*\d{1,4}\s*[-—–~～·•]{1,3}|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    /// <summary>On finished text: "2019", "第9期（总第89期）", "2019年第9期", "（总第89期·月刊）".</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}|(?:(?:19|20)\d{2}年)?第\d{1,3}期(?:（总第\d{1,4}期[^（）]{0,4}）)?|（总第\d{1,4}期[^（）]{0,4}）)$", RegexOptions.CultureInvariant)]
    private static partial Regex IssueNumber();

    /// <summary>On finished text: "2020年8月6日出版", the gazette issue's publication date.</summary>
    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})年(?<month>\d{1,2})月(?<day>\d{1,2})日出版$", RegexOptions.CultureInvariant)]
    private static partial Regex IssueDate();

    /// <summary>On finished text: a running head naming the issuing body's gazette or file series.</summary>
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{0,16}(?:政府|办公室|办公厅|委员会)(?:文件|公报)(?:(?:19|20)\d{2}年第\d{1,3}期)?(?:（总第\d{1,4}期[^（）]{0,4}）)?(?:[·\-—\s]*\d{1,3}[·\-—\s]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningHead();

    public static bool IsPageNumber(string prepared) => prepared.Length <= 24 && PageNumber().IsMatch(prepared);

    /// <summary>A line of nothing but rules, bullets and separators: "————", "***", "·".</summary>
    public static bool IsDebris(string prepared)
    {
        return prepared.AsSpan().IndexOfAnyExcept(DebrisCharacters) < 0;
    }

    public static bool IsIssueNumber(string finished) => finished.Length <= 30 && IssueNumber().IsMatch(finished);

    public static bool IsRunningHead(string finished) => finished.Length <= 40 && RunningHead().IsMatch(finished);

    public static DateOnly? ReadIssueDate(string finished)
    {
        var match = IssueDate().Match(finished);
        return match.Success
            ? CalendarDates.Create(
                CalendarDates.ParseAscii(match.Groups["year"].ValueSpan),
                CalendarDates.ParseAscii(match.Groups["month"].ValueSpan),
                CalendarDates.ParseAscii(match.Groups["day"].ValueSpan))
            : null;
    }

    /// <summary>
    /// A line that might be a running head the vocabulary does not know: short, no punctuation, not a
    /// heading, date, title or organization name (those repeat legitimately). Counted over the document.
    /// </summary>
    public static bool CouldBeRunningHead(string finished) =>
        finished.Length is >= 2 and <= 24
        && finished.AsSpan().IndexOfAny(Punctuation) < 0
        && !LineShapes.HeadingMarker().IsMatch(finished)
        && !LineShapes.IsStandalone(finished)
        && !LineShapes.EndsLikeTitle(finished)
        && !LineShapes.IsOrganizationName(finished);
}
