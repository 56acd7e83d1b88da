using System.Text.RegularExpressions;
using Notify.Core.Documents;

namespace Notify.Core.Extraction;

/// <summary>
/// The year that bare expressions like 年底前 or 上半年 refer to: a year the title names (a plan
/// "2019年政务公开工作要点"), else the signing or publication year. An insurance or budget year
/// ("2027年度") is not it: its work happens in the calendar year before.
/// </summary>
public static partial class ContextYear
{
    public static int? Of(PolicyDocument document)
    {
        if (document.Title is { } title)
        {
            // Years inside a cited document number (〔2019〕) are not the plan's year.
            foreach (Match match in TitleYear().Matches(title))
            {
                return int.Parse(match.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return (document.Signed ?? document.Published)?.Year;
    }

    [GeneratedRegex(@"(?<![〔\[（(\d—\-–~至到])(?<year>(?:19|20)\d{2})年(?![—\-–~至到]\d|度)")]
    private static partial Regex TitleYear();
}
