namespace Notify.Functions.Hosting;

/// <summary>A six-field NCRONTAB schedule in UTC, as the Functions timer trigger reads it.</summary>
public sealed record TimerSchedule(string Schedule, bool RunOnStartup) : FunctionTrigger;
