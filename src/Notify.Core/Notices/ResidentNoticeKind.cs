namespace Notify.Core.Notices;

/// <summary>
/// What a resident item asks of or tells residents. It decides the wording: only a
/// <see cref="ContributionWindow"/> may speak of paying.
/// </summary>
public enum ResidentNoticeKind
{
    /// <summary>A contribution or payment window (城乡居民医保缴费期).</summary>
    ContributionWindow,

    /// <summary>A benefit or subsidy residents apply for within a period (申请补贴).</summary>
    BenefitApplication,

    /// <summary>A subsidy or benefit being paid out (发放).</summary>
    SubsidyPayment,

    /// <summary>A rule that takes effect on a date (施行).</summary>
    RuleInEffect,

    /// <summary>Anything else residents should know.</summary>
    Information,
}
