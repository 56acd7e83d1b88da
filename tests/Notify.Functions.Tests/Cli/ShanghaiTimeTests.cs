using Notify.LocalHost.Cli;

namespace Notify.Functions.Tests.Cli;

public sealed class ShanghaiTimeTests
{
    [Fact]
    public void ToMinuteAndToSecond_UtcInstant_PrintTheShanghaiWallTimeWithItsOffset()
    {
        var instant = new DateTimeOffset(2026, 12, 31, 17, 30, 5, TimeSpan.Zero);

        Assert.Equal(("2027-01-01 01:30 +08:00", "2027-01-01 01:30:05 +08:00"), (ShanghaiTime.ToMinute(instant), ShanghaiTime.ToSecond(instant)));
    }
}
