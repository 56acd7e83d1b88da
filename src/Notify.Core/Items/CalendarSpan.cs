namespace Notify.Core.Items;

/// <summary>A calendar expression found in a scanned line and the days it covers (null when its year is unknown).</summary>
internal readonly record struct CalendarSpan(
    int Start,
    int End,
    CalendarForm Form,
    DatePeriod? Period,
    int? Month,
    int? Day,
    string? MonthPart,
    bool YearFromContext,
    string? Reason);
