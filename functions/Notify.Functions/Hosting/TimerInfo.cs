namespace Notify.Functions.Hosting;

/// <summary>What a timer function learns about its run, in the shape the Functions host sends.</summary>
public sealed record TimerInfo(TimerScheduleStatus? ScheduleStatus, bool IsPastDue);
