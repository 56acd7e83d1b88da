using System.Globalization;
using Notify.Core.Scheduling;

namespace Notify.Functions.Schedule;

/// <summary>
/// Reads <see cref="ScheduleOptions"/> from configuration: "Notify:Schedule:QuietHours" as "21:00-08:00" (the
/// default) or "none" — load tests and drills run at any hour, residents are never messaged at night by default.
/// "Notify:Schedule:YearsAhead" (default 3) is how far yearly windows roll forward and recurring duties are planned
/// at approval: an approved yearly contribution window keeps coming back without anyone approving it again.
/// </summary>
public static class ScheduleSettings
{
    public const string QuietHoursSetting = "Notify:Schedule:QuietHours";

    public const string YearsAheadSetting = "Notify:Schedule:YearsAhead";

    public static ScheduleOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var years = int.TryParse(configuration[YearsAheadSetting], NumberStyles.None, CultureInfo.InvariantCulture, out var configured) && configured is >= 1 and <= 10 ? configured : 3;
        var (quietStart, quietEnd) = QuietHours(configuration[QuietHoursSetting]);
        return new ScheduleOptions
        {
            YearlyWindowPeriods = years,
            RecurrenceHorizonMonths = (12 * years) + 1,
            QuietHoursStart = quietStart,
            QuietHoursEnd = quietEnd,
        };
    }

    /// <summary>Start and end of the quiet hours; "none" is an empty range (start = end), which never holds anything.</summary>
    private static (TimeOnly Start, TimeOnly End) QuietHours(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (ScheduleOptions.Default.QuietHoursStart, ScheduleOptions.Default.QuietHoursEnd);
        }

        if (value.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return (TimeOnly.MinValue, TimeOnly.MinValue);
        }

        var parts = value.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return (start, end);
        }

        throw new FormatException($"{QuietHoursSetting} is '{value}'; write it as HH:mm-HH:mm (e.g. 21:00-08:00) or none.");
    }
}
