using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Local;

/// <summary>
/// Runs one timer function on its schedule against the app's TimeProvider, so a simulated clock drives it exactly as
/// real time would. A failed run is logged and not retried.
/// </summary>
public sealed class LocalTimerScheduler(
    FunctionDescriptor function,
    FunctionInvoker invoker,
    TimeProvider clock,
    ILogger<LocalTimerScheduler> logger)
{
    private readonly TimerOccurrences _occurrences = new((TimerSchedule)function.Trigger);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var last = clock.GetUtcNow();
        if (_occurrences.RunOnStartup)
        {
            await RunOnceAsync(TimerOccurrences.AtStartup(), stoppingToken);
        }

        var due = _occurrences.Next(last);
        while (!stoppingToken.IsCancellationRequested)
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
            var following = _occurrences.Next(now > due ? now : due);
            await RunOnceAsync(TimerOccurrences.Info(last, due, following, now), stoppingToken);
            last = due;
            due = following;
        }
    }

    private async Task RunOnceAsync(TimerInfo timer, CancellationToken stoppingToken)
    {
        try
        {
            await invoker.InvokeTimerAsync(function, timer, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The invoker has logged the failure (or the storage outage, once); like the Functions host, wait for the next occurrence.
            if (!StorageFailures.IsUnreachable(exception))
            {
                logger.LogWarning("Timer {Function} will run again at its next occurrence", function.Name);
            }
        }
    }
}
