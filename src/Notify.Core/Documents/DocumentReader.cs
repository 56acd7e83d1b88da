using System.Text.RegularExpressions;
using Notify.Core.Text;

namespace Notify.Core.Documents;

/// <summary>Reads a document's parts once its lines are known: issuer, signing date, addressees, publication flag.</summary>
internal static partial class DocumentReader
{
    private const int AddresseeReach = 3;

    [GeneratedRegex(@"^(?<issuer>[\u4E00-\u9FFF（）]{2,40}?)关于", RegexOptions.CultureInvariant)]
    private static partial Regex TitleIssuer();

    [GeneratedRegex(@"此件(?:公开发布|主动公开|予以公开|面向社会公开)", RegexOptions.CultureInvariant)]
    private static partial Regex PublicationMark();

    [GeneratedRegex(@"^成文日期：(?<year>(?:19|20)\d{2})[-/.年](?<month>\d{1,2})[-/.月](?<day>\d{1,2})日?$", RegexOptions.CultureInvariant)]
    private static partial Regex WrittenOnField();

    [GeneratedRegex(@"(?:发布机构|发文机关|发文单位)：(?<issuer>[\u4E00-\u9FFF（）]{2,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerFieldAtEnd();

    [GeneratedRegex(@"政府|部门|单位|管委会|委员会|局|委|办|企业|机构|中心|苏木|乡|镇|街道|园区|公司|学校|医院|社区|嘎查", RegexOptions.CultureInvariant)]
    private static partial Regex AddresseeWord();

    /// <param name="lines">The normalized lines.</param>
    /// <param name="header">Where the document starts.</param>
    /// <param name="last">The document's last line.</param>
    /// <param name="webPage">The page's 发布日期, which stands in for the signing date of a page without 文号 or signature.</param>
    /// <param name="published">The web page's or gazette issue's publication date.</param>
    public static PolicyDocument Read(IReadOnlyList<NormalizedLine> lines, DocumentHeader header, int last, DateOnly? webPage, DateOnly? published)
    {
        var signature = FindSignature(lines, header.End + 1, last);
        var signed = signature?.Date
            ?? WrittenOn(lines, header.Start, last)
            ?? (header.DocNumber is null ? webPage : null)
            ?? PrintedOn(lines, header.End + 1, last);
        var issuer = IssuerOf(header.Title) ?? IssuerField(lines, header.Start, header.End) ?? signature?.Issuer;
        return new PolicyDocument
        {
            DocNumber = WrittenForms.Of(header.DocNumber, lines, header.Start, header.End),
            Title = WrittenForms.Of(header.Title, lines, header.Start, header.End),
            Issuer = WrittenForms.Of(issuer, lines, header.Start, last),
            Signed = signed,
            Published = published,
            Line = lines[header.Start].SourceLine,
            Addressees = AddresseesAfter(lines, header.OpensBody ? header.End : header.End + 1, last),
            Public = IsPublic(lines, header.Start, last),
            FirstLineIndex = header.Start,
            LastLineIndex = last,
        };
    }

    private static string? IssuerOf(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var match = TitleIssuer().Match(title);
        return match.Success && LineShapes.IsOrganizationName(match.Groups["issuer"].Value) ? match.Groups["issuer"].Value : null;
    }

    /// <summary>A web page's "发布机构：县政府办公室" on the header's lines, when the title does not name the issuer.</summary>
    private static string? IssuerField(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var match = IssuerFieldAtEnd().Match(lines[i].Text);
            if (match.Success && LineShapes.IsOrganizationName(match.Groups["issuer"].Value))
            {
                return match.Groups["issuer"].Value;
            }
        }

        return null;
    }

    /// <summary>The first date-only line after the header: the notice's signature date, often after the issuer's name.</summary>
    private static (DateOnly Date, string? Issuer)? FindSignature(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (LineShapes.TryReadDateLine(lines[i].Text, out var date, out var issuer))
            {
                var signer = issuer.Length > 0 ? issuer
                    : i > first && LineShapes.IsOrganizationName(lines[i - 1].Text) ? lines[i - 1].Text
                    : null;
                return (date, signer);
            }
        }

        return null;
    }

    /// <summary>The 版记's "…办公室 2019年9月20日印发": a day or two after signing, the best there is when the signature date is missing.</summary>
    private static DateOnly? PrintedOn(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var text = lines[i].Text;
            if (text.EndsWith("印发", StringComparison.Ordinal) && LineShapes.TryReadDateLine(text[..^2], out var date, out _))
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? WrittenOn(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            var match = WrittenOnField().Match(lines[i].Text);
            if (match.Success)
            {
                return CalendarDates.Create(
                    CalendarDates.ParseAscii(match.Groups["year"].ValueSpan),
                    CalendarDates.ParseAscii(match.Groups["month"].ValueSpan),
                    CalendarDates.ParseAscii(match.Groups["day"].ValueSpan));
            }

            if (PageMetadata.SigningField(lines[i]) is { } tabled)
            {
                return tabled;
            }
        }

        return null;
    }

    /// <summary>主送 right after the header: "各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：" split at its commas.</summary>
    private static List<string> AddresseesAfter(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        for (var i = first; i <= Math.Min(last, first + AddresseeReach - 1); i++)
        {
            var text = lines[i].Text;
            text = text[DocNumbers.LeadingNumberLength(text)..];
            if (LineShapes.IsDateLine(text))
            {
                break;
            }

            var addressed = LineShapes.IsAddresseeLine(text) || (text.StartsWith('各') && AddresseeWord().IsMatch(text));
            if (!addressed)
            {
                continue;
            }

            var end = text.AsSpan().IndexOfAny("：。");
            var list = (end < 0 ? text : text[..end]).Replace("主送", string.Empty, StringComparison.Ordinal);
            return [.. list.Split(['，', '；', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(entry => AddresseeWord().IsMatch(entry))];
        }

        return [];
    }

    private static bool IsPublic(IReadOnlyList<NormalizedLine> lines, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (PublicationMark().IsMatch(lines[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
