namespace Notify.Core.Items;

/// <summary>How precise a calendar expression is.</summary>
internal enum CalendarForm
{
    /// <summary>"2018—2020年".</summary>
    YearRange,

    /// <summary>"2023年10月31日", "9月1日".</summary>
    Day,

    /// <summary>"2023年7月".</summary>
    Month,

    /// <summary>"2023年10月底", "6月下旬".</summary>
    MonthPart,

    /// <summary>"2020年".</summary>
    Year,

    /// <summary>"2019年年底", "年内", "上半年", "一季度末".</summary>
    YearPart,

    /// <summary>"十四五期间".</summary>
    PlanPeriod,

    /// <summary>"十四五末".</summary>
    PlanEnd,
}
