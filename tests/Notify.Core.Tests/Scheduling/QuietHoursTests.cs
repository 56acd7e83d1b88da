using Notify.Core.Scheduling;

namespace Notify.Core.Tests.Scheduling;

public sealed class QuietHoursTests
{
    private readonly QuietHours _quietHours = new(ScheduleOptions.Default);

    [Fact]
    public void Adjust_OneMinuteBeforeQuietHours_Unchanged()
        => AssertUtc(Beijing.At(2026, 9, 1, 20, 59), _quietHours.Adjust(Beijing.At(2026, 9, 1, 20, 59), urgent: false));

    [Fact]
    public void Adjust_AtNinePm_HeldToEightNextMorning()
        => AssertUtc(Beijing.At(2026, 9, 2, 8), _quietHours.Adjust(Beijing.At(2026, 9, 1, 21, 0), urgent: false));

    [Fact]
    public void Adjust_OneMinuteBeforeEight_HeldToEightSameMorning()
        => AssertUtc(Beijing.At(2026, 9, 2, 8), _quietHours.Adjust(Beijing.At(2026, 9, 2, 7, 59), urgent: false));

    [Fact]
    public void Adjust_AtEight_Unchanged()
        => AssertUtc(Beijing.At(2026, 9, 2, 8), _quietHours.Adjust(Beijing.At(2026, 9, 2, 8, 0), urgent: false));

    [Fact]
    public void Adjust_LateOnNewYearsEve_HeldToNewYearsMorning()
        => AssertUtc(Beijing.At(2027, 1, 1, 8), _quietHours.Adjust(Beijing.At(2026, 12, 31, 23, 30), urgent: false));

    [Fact]
    public void Adjust_Urgent_SentInQuietHours()
        => AssertUtc(Beijing.At(2026, 9, 1, 23, 0), _quietHours.Adjust(Beijing.At(2026, 9, 1, 23, 0), urgent: true));

    private static void AssertUtc(DateTimeOffset expected, DateTimeOffset actual)
    {
        Assert.Equal(expected, actual);
        Assert.Equal(TimeSpan.Zero, actual.Offset);
    }
}
