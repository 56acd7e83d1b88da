namespace Notify.Core.Items;

/// <summary>What the words just before a calendar expression make of it.</summary>
internal enum LeadingCue
{
    None,

    /// <summary>自, 从: a start.</summary>
    From,

    /// <summary>到, 至, 直至: a target or an end.</summary>
    Until,

    /// <summary>截至: a statistic's as-of date.</summary>
    AsOf,

    /// <summary>已于, 已在: something that already happened.</summary>
    Already,

    /// <summary>截止, 不晚于, 最迟: a deadline.</summary>
    NoLaterThan,

    /// <summary>于, 在, 定于: a point in time.</summary>
    At,

    /// <summary>较, 比, 同比: a baseline for a comparison.</summary>
    Baseline,

    /// <summary>对, 凡: a condition ("对2017年9月1日前批准设立的").</summary>
    Condition,

    /// <summary>第: part of an ordinal.</summary>
    Ordinal,

    /// <summary>有效期至: the end of a rule's validity.</summary>
    ValidityEnd,

    /// <summary>每年: a yearly repetition.</summary>
    EveryYear,
}
