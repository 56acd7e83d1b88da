using Notify.Core.Extraction;
using Notify.Core.Items;

namespace Notify.Core.Notices;

/// <summary>
/// Decides what a resident item is about from the words of its sentence and the amounts stated for it, checking the
/// kinds in order: paying (缴费, 缴纳 …), applying for a benefit (申请, 申领 …), a benefit being paid out (发放,
/// 补贴 with a monthly amount …), a rule taking effect (施行, 生效 … or an effective-date item), else information.
/// </summary>
public static class ResidentNoticeClassifier
{
    private static readonly string[] PaymentWords = ["缴费", "缴纳", "交费", "缴存", "个人缴费标准", "参保缴费"];
    private static readonly string[] ApplicationWords = ["申请", "申领", "申报", "领取"];
    private static readonly string[] PayoutWords = ["发放", "补贴标准", "补助标准", "给予", "按月"];
    private static readonly string[] BenefitWords = ["补贴", "补助", "津贴", "救助金", "资助", "奖励金", "待遇"];
    private static readonly string[] EffectWords = ["施行", "生效", "起执行", "起实施"];

    public static ResidentNoticeKind Classify(ExtractedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = item.Quote;
        if (ContainsAny(text, PaymentWords))
        {
            return ResidentNoticeKind.ContributionWindow;
        }

        if (ContainsAny(text, ApplicationWords))
        {
            return ResidentNoticeKind.BenefitApplication;
        }

        if (ContainsAny(text, PayoutWords) && (ContainsAny(text, BenefitWords) || item.Amounts.Count > 0)
            || ContainsAny(text, BenefitWords) && item.Amounts.Any(amount => amount.Period is "month" or "quarter"))
        {
            return ResidentNoticeKind.SubsidyPayment;
        }

        return item.Kind == ItemKind.Effective || ContainsAny(text, EffectWords)
            ? ResidentNoticeKind.RuleInEffect
            : ResidentNoticeKind.Information;
    }

    private static bool ContainsAny(string text, string[] words) => words.Any(word => text.Contains(word, StringComparison.Ordinal));
}
