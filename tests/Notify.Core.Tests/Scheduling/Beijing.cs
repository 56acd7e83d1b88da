namespace Notify.Core.Tests.Scheduling;

/// <summary>Beijing wall times (UTC+8) as the UTC instants the planner must produce.</summary>
internal static class Beijing
{
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0)
        => new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();
}
