using Notify.Functions.Hosting.Timers;

namespace Notify.Functions.Hosting.Local;

/// <summary>
/// Runs one timer function on its NCRONTAB schedule (UTC) against the app's TimeProvider, so a
/// simulated clock drives it exactly as real time would. A failed run is logged and not retried.
/// </summary>
public sealed class LocalTimerScheduler(
    FunctionDefinition function,
    FunctionInvoker invoker,
    TimeProvider clock,
    ILogger<LocalTimerScheduler> logger)
{
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    private readonly TimerTrigger _trigger = (TimerTrigger)function.Declaration.Trigger;
    private readonly CronSchedule _schedule = CronSchedule.Parse(((TimerTrigger)function.Declaration.Trigger).Schedule);

    public string FunctionName => function.Name;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var last = clock.GetUtcNow();
        if (_trigger.RunOnStartup)
        {
            await RunOnceAsync(new TimerInfo(null, IsPastDue: false), stoppingToken);
        }

        var next = _schedule.GetNextOccurrence(last);
        while (next is { } due && !stoppingToken.IsCancellationRequested)
        {
            var wait = due - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }

            var now = clock.GetUtcNow();
            var following = _schedule.GetNextOccurrence(now > due ? now : due);
            var status = new TimerScheduleStatus(last, following ?? due, now);
            await RunOnceAsync(new TimerInfo(status, IsPastDue: now - due > PastDueTolerance), stoppingToken);
            last = due;
            next = following;
        }
    }

    private async Task RunOnceAsync(TimerInfo timer, CancellationToken stoppingToken)
    {
        try
        {
            await invoker.InvokeAsync(function, TimerPayload.Serialize(timer), stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The invoker has logged the failure; like the Functions host, wait for the next occurrence.
            logger.LogWarning("Timer {Function} will run again at its next occurrence", function.Name);
        }
    }
}
