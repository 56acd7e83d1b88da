namespace Notify.Core.Items;

/// <summary>The days a calendar expression covers: one day, a month, a quarter, a year, a plan period.</summary>
internal readonly record struct DatePeriod(DateOnly First, DateOnly Last)
{
    public static DatePeriod Day(DateOnly day) => new(day, day);

    public static DatePeriod Month(int year, int month)
        => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static DatePeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static DatePeriod Years(int first, int last) => new(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));

    public static DatePeriod Months(int year, int firstMonth, int lastMonth)
        => new(new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));

    public DatePeriod AddYears(int years) => new(First.AddYears(years), Last.AddYears(years));
}
