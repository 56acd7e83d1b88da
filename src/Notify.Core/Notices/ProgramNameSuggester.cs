using System.Text.RegularExpressions;
using Notify.Core.Extraction;

namespace Notify.Core.Notices;

/// <summary>
/// Suggests the short name (at most <see cref="MaxLength"/> characters) resident messages call a program by:
/// for a contribution window the year and scheme ("2027年度城乡居民医保缴费"), for a benefit the named subsidy and
/// who gets it ("80周岁以上失能老年人护理补贴"), otherwise the subject of the document title
/// ("包头市居家养老服务提升行动方案"). Never a cut quote or title: when nothing short enough is found there is no name.
/// </summary>
public static partial class ProgramNameSuggester
{
    public const int MaxLength = 20;

    private static readonly string[] BenefitEndings = ["补贴", "补助", "津贴", "救助金", "资助", "奖励金"];
    private static readonly string[] TitlePrefixes = ["关于印发", "关于做好", "关于进一步做好", "关于开展", "关于"];
    private static readonly string[] TitleSuffixes = ["工作的通知", "的通知", "的实施意见", "的意见", "的决定", "的公告", "工作"];

    public static TextSuggestion Suggest(ExtractedItem item, ResidentNoticeKind kind, string? documentTitle)
    {
        ArgumentNullException.ThrowIfNull(item);
        var name = kind switch
        {
            ResidentNoticeKind.ContributionWindow => ContributionName(item.Quote, documentTitle),
            ResidentNoticeKind.BenefitApplication or ResidentNoticeKind.SubsidyPayment => BenefitName(item.Quote),
            _ => null,
        } ?? TitleSubject(documentTitle);
        return name is not null && name.Length <= MaxLength
            ? TextSuggestion.Of(name)
            : TextSuggestion.None($"no program name of at most {MaxLength} characters found in the sentence or the document title; set programName");
    }

    /// <summary>The document title without its issuer, "关于…" and "…的通知": what the document is about.</summary>
    public static string? TitleSubject(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var subject = title.Trim();
        foreach (var prefix in TitlePrefixes)
        {
            var at = subject.IndexOf(prefix, StringComparison.Ordinal);
            if (at >= 0)
            {
                subject = subject[(at + prefix.Length)..];
                break;
            }
        }

        foreach (var suffix in TitleSuffixes.Where(suffix => subject.EndsWith(suffix, StringComparison.Ordinal)))
        {
            subject = subject[..^suffix.Length];
        }

        subject = subject.Replace("基本医疗保险", "医保", StringComparison.Ordinal);
        return subject.Length is > 0 and <= MaxLength ? subject : null;
    }

    private static string? ContributionName(string quote, string? title)
    {
        var text = quote + "\n" + title;
        var scheme = text.Contains("养老保险", StringComparison.Ordinal) ? "养老保险"
            : text.Contains("医疗保险", StringComparison.Ordinal) || text.Contains("医保", StringComparison.Ordinal) ? "医保"
            : null;
        if (scheme is null)
        {
            return null;
        }

        var who = text.Contains("城乡居民", StringComparison.Ordinal) ? "城乡居民" : "居民";
        var year = CoverageYear().Match(quote) is { Success: true } inQuote ? inQuote.Value
            : CoverageYear().Match(title ?? "") is { Success: true } inTitle ? inTitle.Value : "";
        return $"{year}{who}{scheme}缴费";
    }

    private static string? BenefitName(string quote)
    {
        foreach (var ending in BenefitEndings)
        {
            var at = quote.IndexOf(ending, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var start = at;
            while (start > 0 && IsNameCharacter(quote[start - 1]) && at - start < 8)
            {
                start--;
            }

            var benefit = quote[start..(at + ending.Length)];
            var recipients = Recipients().Match(quote);
            return recipients.Success && recipients.Groups["who"].Length + benefit.Length <= MaxLength
                ? recipients.Groups["who"].Value + benefit
                : benefit;
        }

        return null;
    }

    private static bool IsNameCharacter(char character) =>
        character is >= '\u4e00' and <= '\u9fff' && "元的对给予发放按享受申请领取每月年人".IndexOf(character, StringComparison.Ordinal) < 0;

    [GeneratedRegex(@"\d{4}年度")]
    private static partial Regex CoverageYear();

    /// <summary>"对80周岁以上失能老年人给予…": who the benefit is for.</summary>
    [GeneratedRegex(@"对(?<who>[^，。；、对]{2,12}?)(给予|发放|提供)")]
    private static partial Regex Recipients();
}
