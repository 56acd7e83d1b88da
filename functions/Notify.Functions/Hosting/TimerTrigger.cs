namespace Notify.Functions.Hosting;

/// <summary>Runs the function on a six-field NCRONTAB schedule in UTC (binding name "timer").</summary>
public sealed record TimerTrigger(string Schedule, bool RunOnStartup) : FunctionTrigger
{
    public const string BindingName = "timer";
}
