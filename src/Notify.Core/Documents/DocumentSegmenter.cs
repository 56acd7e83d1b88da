using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>
/// Splits a normalized policy text into its documents: the notices of a gazette issue, a single notice
/// with its attached plan, or a web page. A document runs from its header (文号 or title, whichever comes
/// first) to the line before the next document or excluded range; masthead and 目录, 大事记 and colophon
/// are reported in <see cref="SegmentedText.Excluded"/> so nothing in them is read as an item.
/// </summary>
public static class DocumentSegmenter
{
    public static SegmentedText Segment(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Lines;
        var headers = HeaderFinder.Find(text);
        var excluded = ExcludedRanges.Find(lines, headers);
        var issueDate = IssueDate(text, headers);
        var documents = new List<PolicyDocument>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var last = (i + 1 < headers.Count ? headers[i + 1].Start : lines.Count) - 1;
            foreach (var range in excluded)
            {
                if (range.FirstLineIndex > header.End && range.FirstLineIndex <= last)
                {
                    last = range.FirstLineIndex - 1;
                }
            }

            var webPage = header.Published ?? WebDateWithin(text, header.Start, last);
            documents.Add(DocumentReader.Read(lines, header, last, webPage, webPage ?? issueDate));
        }

        return new SegmentedText(text, documents, excluded);
    }

    /// <summary>A 发布日期 removed from inside a document's lines, e.g. at the foot of the page.</summary>
    private static DateOnly? WebDateWithin(NormalizedText text, int first, int last) =>
        text.PublicationDates
            .FirstOrDefault(date => date.Source == PublicationDateSource.WebPage && date.LineIndex > first && date.LineIndex <= last + 1)?.Date;

    /// <summary>A gazette masthead's 出版 date, found before the first document.</summary>
    private static DateOnly? IssueDate(NormalizedText text, List<DocumentHeader> headers)
    {
        var firstDocument = headers.Count > 0 ? headers[0].Start : 0;
        return text.PublicationDates
            .FirstOrDefault(date => date.Source == PublicationDateSource.GazetteIssue && date.LineIndex <= firstDocument)?.Date;
    }
}
