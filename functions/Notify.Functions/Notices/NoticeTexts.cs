using Notify.Core.Extraction;
using Notify.Core.Notices;
using Notify.Functions.Ingest;
using Notify.Functions.Review;

namespace Notify.Functions.Notices;

/// <summary>
/// The template values a notice's recipients share, taken from the policy, the item and its approved decisions: the
/// program name residents read and the task sentence units read (never a cut title or quote), the document number,
/// the service hotline and the page residents can read more on ("Notify:Notices" in configuration). An item
/// scheduled without those decisions (tests, items approved before they existed) gets the suggestion the text allows.
/// </summary>
public sealed class NoticeTexts(IConfiguration configuration)
{
    private const string NoProgramName = "相关事项";
    private const string NoTask = "按文件要求完成相关工作";

    private readonly string _contactPhone = configuration["Notify:Notices:ContactPhone"] ?? "12345";
    private readonly string _detailUrl = configuration["Notify:Notices:DetailUrl"] ?? "https://www.baotou.gov.cn";
    private readonly string _senderName = configuration["Notify:Notices:SenderName"] ?? "";

    public IReadOnlyDictionary<string, string> For(PolicyRecord? policy, ExtractedItem item, ItemDecisions? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        var quote = item.Quote.Trim();
        var title = string.IsNullOrWhiteSpace(policy?.Title) ? quote : policy.Title.Trim();
        var programName = ProgramName(policy, item, decisions);
        var task = decisions?.Task ?? TaskSentenceSuggester.Suggest(item).Text ?? NoTask;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["programName"] = programName,
            ["benefitName"] = programName,
            ["task"] = task,
            ["itemTitle"] = task,
            ["reportName"] = task,
            ["policyTitle"] = Cut(title, 60),
            ["summary"] = Cut(quote, 60),
            ["documentNumber"] = item.DocNumber ?? "（无文号）",
            ["contactPhone"] = _contactPhone,
            ["detailUrl"] = _detailUrl,
            ["senderName"] = string.IsNullOrWhiteSpace(policy?.Issuer) ? _senderName : policy.Issuer.Trim(),
        };
    }

    private static string ProgramName(PolicyRecord? policy, ExtractedItem item, ItemDecisions? decisions)
    {
        if (decisions?.ProgramName is { } approved)
        {
            return approved;
        }

        var kind = ResidentNoticeKinds.TryParse(decisions?.NoticeKind, out var chosen) ? chosen : ResidentNoticeClassifier.Classify(item);
        return ProgramNameSuggester.Suggest(item, kind, policy?.Title).Text ?? NoProgramName;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
