using System.Text.RegularExpressions;
using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>
/// Finds where documents start. A 文号 standing alone on its line anchors a document (a 文号 cited in a
/// sentence never stands alone); a web page's 发布日期 anchors one at the title above it; a title naming its
/// issuer ("XX人民政府关于…的通知") followed by addressees anchors one without a 文号; failing all of these,
/// a title among the first lines makes the whole text one document.
/// </summary>
internal static partial class HeaderFinder
{
    private const int WebTitleReach = 6;
    private const int OpeningLines = 6;

    [GeneratedRegex(@"^[\u4E00-\u9FFF（）]{2,40}?(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|办|部|院|中心)关于", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerTitle();

    public static List<DocumentHeader> Find(NormalizedText text)
    {
        var lines = text.Lines;
        var headers = new List<DocumentHeader>();
        AddNumbered(lines, headers);
        AddWebPages(text, headers);
        AddIssuerTitles(lines, headers);
        AddQuotedTitles(lines, headers);
        if (headers.Count == 0 && (OpeningTitle(lines) ?? OpeningAddressees(lines)) is { } lone)
        {
            headers.Add(lone);
        }

        headers.Sort((x, y) => x.Start.CompareTo(y.Start));
        return headers;
    }

    private static void AddNumbered(IReadOnlyList<NormalizedLine> lines, List<DocumentHeader> headers)
    {
        var candidates = new List<DocNumbers.NumberLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (DocNumbers.Read(lines, i) is { } number)
            {
                candidates.Add(number);
            }
        }

        var plain = candidates.Where(c => !c.Labeled).Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            // A web page's "发文字号：" field repeats the number the document itself carries.
            if ((candidate.Labeled && plain.Contains(candidate.Number)) || !seen.Add(candidate.Number) || Overlaps(headers, candidate.First))
            {
                continue;
            }

            var title = candidate.Title is { } carried ? new TitleLocator.Found(candidate.First, candidate.Last, carried)
                : candidate.Labeled ? TitleLocator.AfterFields(lines, candidate.Last)
                : TitleLocator.Near(lines, candidate.First, candidate.Last);
            var start = Math.Min(candidate.First, title?.First ?? candidate.First);
            var end = Math.Max(candidate.Last, title?.Last ?? candidate.Last);
            headers.Add(new DocumentHeader(start, end, candidate.Number, title?.Text) { OpensBody = candidate.OpensBody });
        }
    }

    private static void AddWebPages(NormalizedText text, List<DocumentHeader> headers)
    {
        foreach (var date in text.PublicationDates)
        {
            if (date.Source != PublicationDateSource.WebPage)
            {
                continue;
            }

            var near = headers.FindIndex(h => date.LineIndex >= h.Start - WebTitleReach && date.LineIndex <= h.End + WebTitleReach);
            if (near >= 0)
            {
                headers[near] = headers[near] with { Published = headers[near].Published ?? date.Date };
                continue;
            }

            var title = WebTitle(text.Lines, date.LineIndex);
            var nearTop = date.LineIndex <= WebTitleReach;
            if (title is { } found && !Overlaps(headers, found.First)
                && (nearTop || LineShapes.EndsLikeTitle(found.Text) || found.Text.Contains("关于", StringComparison.Ordinal))
                && !LineShapes.IsOrganizationName(found.Text))
            {
                headers.Add(new DocumentHeader(found.First, found.Last, null, found.Text) { Published = date.Date });
            }
        }
    }

    /// <summary>The title a 发布日期 line sits under, or, on pages that put the date first, over.</summary>
    private static TitleLocator.Found? WebTitle(IReadOnlyList<NormalizedLine> lines, int index)
    {
        if (index > 0 && TitleLocator.IsPiece(lines[index - 1].Text))
        {
            return new TitleLocator.Found(index - 1, index - 1, lines[index - 1].Text);
        }

        return index < lines.Count && TitleLocator.IsPiece(lines[index].Text)
            ? new TitleLocator.Found(index, index, lines[index].Text)
            : null;
    }

    private static void AddIssuerTitles(IReadOnlyList<NormalizedLine> lines, List<DocumentHeader> headers)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (LineShapes.IsOpeningTitle(text) && IssuerTitle().IsMatch(text) && AddressesFollow(lines, i) && !Overlaps(headers, i))
            {
                headers.Add(new DocumentHeader(i, i, null, text));
            }
        }
    }

    /// <summary>
    /// "《…关于…的通知》" alone on a line, before any other document, with a signature date further on: an
    /// excerpt that quotes its title. Whatever follows before the next header is the document.
    /// </summary>
    private static void AddQuotedTitles(IReadOnlyList<NormalizedLine> lines, List<DocumentHeader> headers)
    {
        var firstHeader = headers.Count == 0 ? lines.Count : headers.Min(h => h.Start);
        for (var i = 0; i < firstHeader; i++)
        {
            if (LineShapes.QuotedTitle(lines[i].Text) is { } title)
            {
                if (SignatureFollows(lines, i + 1, firstHeader))
                {
                    headers.Add(new DocumentHeader(i, i, null, title));
                }

                return;
            }
        }
    }

    private static bool SignatureFollows(IReadOnlyList<NormalizedLine> lines, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (LineShapes.IsDateLine(lines[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An excerpt that opens with its addressees ("各乡镇人民政府，县直各有关单位：") is a document's body without its header.</summary>
    private static DocumentHeader? OpeningAddressees(IReadOnlyList<NormalizedLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, OpeningLines); i++)
        {
            if (LineShapes.IsAddresseeLine(lines[i].Text))
            {
                return new DocumentHeader(i, i, null, null) { OpensBody = true };
            }
        }

        return null;
    }

    private static bool AddressesFollow(IReadOnlyList<NormalizedLine> lines, int index) =>
        LineShapes.IsAddresseeLine(lines[index + 1].Text)
        || (index + 2 < lines.Count && LineShapes.IsAddresseeLine(lines[index + 2].Text));

    private static DocumentHeader? OpeningTitle(IReadOnlyList<NormalizedLine> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, OpeningLines); i++)
        {
            if (LineShapes.IsTitleLike(lines[i].Text))
            {
                return new DocumentHeader(i, i, null, lines[i].Text);
            }
        }

        return null;
    }

    private static bool Overlaps(List<DocumentHeader> headers, int index) => headers.Exists(h => index >= h.Start && index <= h.End);
}
