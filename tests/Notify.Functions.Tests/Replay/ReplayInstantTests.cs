using Notify.LocalHost.Replay;

namespace Notify.Functions.Tests.Replay;

public sealed class ReplayInstantTests
{
    [Fact]
    public void TryParseStart_BusinessDate_IsShanghaiMidnight()
    {
        Assert.True(ReplayInstant.TryParseStart("2026-08-25", out var utc));

        Assert.Equal(new DateTimeOffset(2026, 8, 24, 16, 0, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void TryParseEnd_BusinessDate_IsTheLastInstantOfThatShanghaiDay()
    {
        Assert.True(ReplayInstant.TryParseEnd("2027-03-01", out var utc));

        Assert.Equal(new DateTimeOffset(2027, 3, 1, 16, 0, 0, TimeSpan.Zero).AddTicks(-1), utc);
    }

    [Theory]
    [InlineData("2026-09-01T01:00:00Z")]
    [InlineData("2026-09-01T09:00:00+08:00")]
    [InlineData("2026-09-01T09:00")]
    public void TryParseStart_Instant_IsTakenExactlyAndWithoutOffsetAsShanghaiWallTime(string text)
    {
        Assert.True(ReplayInstant.TryParseStart(text, out var utc));

        Assert.Equal(new DateTimeOffset(2026, 9, 1, 1, 0, 0, TimeSpan.Zero), utc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("next tuesday")]
    [InlineData("2026-13-01")]
    public void TryParseStart_NotADateOrInstant_Fails(string text)
    {
        Assert.False(ReplayInstant.TryParseStart(text, out _));
    }
}
