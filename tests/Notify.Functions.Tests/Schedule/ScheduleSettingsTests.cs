using Microsoft.Extensions.Configuration;
using Notify.Core.Scheduling;
using Notify.Functions.Schedule;

namespace Notify.Functions.Tests.Schedule;

public sealed class ScheduleSettingsTests
{
    // 2026-09-01 22:30 in Shanghai.
    private static readonly DateTimeOffset LateEvening = new(2026, 9, 1, 14, 30, 0, TimeSpan.Zero);

    [Fact]
    public void From_NothingConfigured_HoldsNightSendsToEightAndPlansThreeYears()
    {
        var options = ScheduleSettings.From(Configuration());

        Assert.Equal(new DateTimeOffset(2026, 9, 2, 0, 0, 0, TimeSpan.Zero), new QuietHours(options).Adjust(LateEvening, urgent: false));
        Assert.Equal((3, 37), (options.YearlyWindowPeriods, options.RecurrenceHorizonMonths));
    }

    [Fact]
    public void From_QuietHoursNone_HoldsNothing()
    {
        var options = ScheduleSettings.From(Configuration((ScheduleSettings.QuietHoursSetting, "none")));

        Assert.Equal(LateEvening, new QuietHours(options).Adjust(LateEvening, urgent: false));
    }

    [Fact]
    public void From_OwnQuietHoursAndYears_AreUsed()
    {
        var options = ScheduleSettings.From(Configuration((ScheduleSettings.QuietHoursSetting, "23:00-07:00"), (ScheduleSettings.YearsAheadSetting, "2")));

        Assert.Equal(LateEvening, new QuietHours(options).Adjust(LateEvening, urgent: false));
        Assert.Equal((2, 25), (options.YearlyWindowPeriods, options.RecurrenceHorizonMonths));
    }

    [Fact]
    public void From_UnreadableQuietHours_NamesTheSetting()
    {
        var exception = Assert.Throws<FormatException>(() => ScheduleSettings.From(Configuration((ScheduleSettings.QuietHoursSetting, "late"))));

        Assert.Contains(ScheduleSettings.QuietHoursSetting, exception.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value))).Build();
}
