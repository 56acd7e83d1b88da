using System.Text.RegularExpressions;
using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>
/// The dates a page states about itself outside any document: a metadata table's 成文日期 ("| 成文日期 | 2022-05-10 |"),
/// a 发布日期 removed as web chrome, a "截止：2022-06-18" field. Text with no recognised header takes its year from
/// them, best first: the signing date, then publication, then a deadline field. A "今天是：…" crawl date is chrome and never read.
/// </summary>
internal static partial class PageMetadata
{
    [GeneratedRegex(@"^\|?\s*(?<field>成文日期|发文日期|印发日期|发布日期|发布时间|截止日期|截止时间|截止)\s*(?:：|\|)\s*(?<year>(?:19|20)\d{2})\s*[-/.年]\s*(?<month>\d{1,2})\s*[-/.月]\s*(?<day>\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex DateField();

    /// <summary>The page's best date, or null when it states none.</summary>
    public static MetadataDate? Find(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        MetadataDate? best = null;
        foreach (var line in text.Lines)
        {
            if (MayHoldDateField(line.Text) && Read(line) is { } found && (best is null || found.Rank < best.Rank))
            {
                best = found;
            }
        }

        var published = text.PublicationDates.FirstOrDefault(date => date.Source == PublicationDateSource.WebPage);
        if (published is not null && (best is null || best.Rank > MetadataDate.PublishedRank))
        {
            best = new MetadataDate(published.Date, "发布日期", published.SourceLine, MetadataDate.PublishedRank);
        }

        return best;
    }

    /// <summary>A metadata table's signing date on a line of a document: "| 成文日期 | 2022-05-10 |".</summary>
    public static DateOnly? SigningField(NormalizedLine line) =>
        MayHoldDateField(line.Text) && Read(line) is { Rank: MetadataDate.SignedRank } found ? found.Date : null;

    private static bool MayHoldDateField(string text) =>
        text.Length <= 60
        && (text.Contains("日期", StringComparison.Ordinal) || text.Contains("时间", StringComparison.Ordinal) || text.Contains("截止", StringComparison.Ordinal));

    private static MetadataDate? Read(NormalizedLine line)
    {
        var match = DateField().Match(line.Text);
        if (!match.Success)
        {
            return null;
        }

        var date = CalendarDates.FromGroups(match);
        var field = match.Groups["field"].Value;
        var rank = field switch
        {
            "成文日期" or "发文日期" or "印发日期" => MetadataDate.SignedRank,
            "发布日期" or "发布时间" => MetadataDate.PublishedRank,
            _ => MetadataDate.DeadlineRank,
        };
        return date is { } found ? new MetadataDate(found, field, line.SourceLine, rank) : null;
    }
}
