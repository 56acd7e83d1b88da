using Notify.Core.Extraction;
using Notify.Functions.Ingest;

namespace Notify.Functions.Notices;

/// <summary>
/// The template values a notice's recipients share, taken from the policy and the item: short names cut to what
/// an SMS can carry, the document number, the service hotline and the page residents can read more on
/// ("Notify:Notices" in configuration).
/// </summary>
public sealed class NoticeTexts(IConfiguration configuration)
{
    private const int ShortName = 20;

    private readonly string _contactPhone = configuration["Notify:Notices:ContactPhone"] ?? "12345";
    private readonly string _detailUrl = configuration["Notify:Notices:DetailUrl"] ?? "https://www.baotou.gov.cn";

    public IReadOnlyDictionary<string, string> For(PolicyRecord? policy, ExtractedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var quote = item.Quote.Trim();
        var title = string.IsNullOrWhiteSpace(policy?.Title) ? quote : policy.Title.Trim();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["programName"] = Cut(title, ShortName),
            ["benefitName"] = Cut(title, ShortName),
            ["itemTitle"] = Cut(quote, ShortName),
            ["reportName"] = Cut(quote, ShortName),
            ["policyTitle"] = Cut(title, 60),
            ["summary"] = Cut(quote, 60),
            ["documentNumber"] = item.DocNumber ?? "（无文号）",
            ["contactPhone"] = _contactPhone,
            ["detailUrl"] = _detailUrl,
        };
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
