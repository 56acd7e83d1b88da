using Notify.Functions.Deliver;

namespace Notify.Functions.Tests.Deliver;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset First = new(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);
    private readonly DeliveryOptions _options = new() { RetryBaseDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(10), MaxAttempts = 6 };

    [Theory]
    [InlineData(1, 15, 30)]
    [InlineData(2, 30, 60)]
    [InlineData(4, 120, 240)]
    [InlineData(9, 300, 600)]
    public void Backoff_DoublesPerAttemptWithinItsJitterAndCap(int attemptsMade, int lowestSeconds, int highestSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(lowestSeconds), RetrySchedule.Backoff(_options, attemptsMade, jitter: 0));
        Assert.True(RetrySchedule.Backoff(_options, attemptsMade, jitter: 0.999) <= TimeSpan.FromSeconds(highestSeconds));
        Assert.True(RetrySchedule.Backoff(_options, attemptsMade, jitter: 0.999) > TimeSpan.FromSeconds(highestSeconds * 0.99));
    }

    [Fact]
    public void Next_ProviderAsksForLongerThanTheBackoff_WaitsThatLong()
    {
        var next = RetrySchedule.Next(_options, 1, TimeSpan.FromMinutes(2), First, First, jitter: 0.5);

        Assert.Equal(First + TimeSpan.FromMinutes(2), next);
    }

    [Fact]
    public void Next_AttemptsUsedUpOrPastTheMaximumAge_GivesUp()
    {
        Assert.Null(RetrySchedule.Next(_options, 6, null, First, First.AddMinutes(30), jitter: 0));
        Assert.Null(RetrySchedule.Next(_options, 2, TimeSpan.FromHours(2), First, First.AddHours(23), jitter: 0));
        Assert.NotNull(RetrySchedule.Next(_options, 5, null, First, First.AddMinutes(30), jitter: 0));
    }
}
