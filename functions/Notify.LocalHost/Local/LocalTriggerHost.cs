using Notify.Functions.Storage;

namespace Notify.LocalHost.Local;

/// <summary>
/// Outside the Functions host, this runs the app's own triggers: a queue listener per queue
/// function and a scheduler per timer function. HTTP functions are served by the app itself.
/// </summary>
public sealed class LocalTriggerHost(
    FunctionCatalog catalog,
    StorageClients storage,
    Notify.Functions.Hosting.HostJsonSettings hostJson,
    LocalHostOptions hostOptions,
    FunctionInvoker invoker,
    StorageOutage outage,
    TimeProvider clock,
    ILoggerFactory loggers) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queues = catalog.QueueFunctions.Select(function => new LocalQueueListener(
            function, storage, hostJson.Queues, invoker, hostOptions, outage, loggers.CreateLogger<LocalQueueListener>()));
        var timers = catalog.TimerFunctions.Select(function => new LocalTimerScheduler(
            function, invoker, clock, loggers.CreateLogger<LocalTimerScheduler>()));

        return Task.WhenAll(
            queues.Select(listener => Task.Run(() => listener.RunAsync(stoppingToken), stoppingToken))
                .Concat(timers.Select(timer => Task.Run(() => timer.RunAsync(stoppingToken), stoppingToken))));
    }
}
