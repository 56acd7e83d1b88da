namespace Notify.Core.Notices;

/// <summary>The wire names of <see cref="ResidentNoticeKind"/> ("contribution-window" …), used by the API and storage.</summary>
public static class ResidentNoticeKinds
{
    private static readonly Dictionary<ResidentNoticeKind, string> Names = new()
    {
        [ResidentNoticeKind.ContributionWindow] = "contribution-window",
        [ResidentNoticeKind.BenefitApplication] = "benefit-application",
        [ResidentNoticeKind.SubsidyPayment] = "subsidy-payment",
        [ResidentNoticeKind.RuleInEffect] = "rule-in-effect",
        [ResidentNoticeKind.Information] = "information",
    };

    public static IReadOnlyCollection<string> All => Names.Values;

    public static string Name(ResidentNoticeKind kind) => Names[kind];

    public static bool TryParse(string? name, out ResidentNoticeKind kind)
    {
        foreach (var (candidate, text) in Names)
        {
            if (string.Equals(text, name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
