using System.Diagnostics;
using Notify.Functions.Deliver;
using Notify.Functions.Hosting;
using Notify.LocalHost.Local;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Replay;

/// <summary>
/// Drives the whole pipeline through a simulated period. The app is built in local mode on a <see cref="SimulatedClock"/>
/// but never started, so its real-time timer schedulers do not run; the driver runs the queue listeners itself and
/// fires the timer functions. Each step jumps the clock to the next moment a timer would do something (for the
/// occurrence sweep: the next due occurrence), runs the timers due then through the <see cref="FunctionInvoker"/>,
/// and waits until the queues have drained before the next step.
/// </summary>
public sealed class ReplayDriver
{
    private readonly IServiceProvider _services;
    private readonly SimulatedClock _clock;
    private readonly ReplayStorage _storage;
    private readonly ReplayOptions _options;
    private readonly FunctionInvoker _invoker;
    private readonly OccurrenceStore _occurrences;
    private readonly ILogger<ReplayDriver> _logger;
    private readonly Dictionary<string, int> _timerRuns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _timerFailures = new(StringComparer.Ordinal);
    private bool _sweepLeftUnclaimable;

    private ReplayDriver(IServiceProvider services, SimulatedClock clock, ReplayStorage storage, ReplayOptions options)
    {
        _services = services;
        _clock = clock;
        _storage = storage;
        _options = options;
        _invoker = services.GetRequiredService<FunctionInvoker>();
        _occurrences = services.GetRequiredService<OccurrenceStore>();
        _logger = services.GetRequiredService<ILogger<ReplayDriver>>();
    }

    /// <summary>Builds the app on a simulated clock, prepares its storage (cleared first with <see cref="ReplayOptions.Fresh"/>) and replays the period.</summary>
    /// <exception cref="InvalidOperationException"><see cref="ReplayOptions.Fresh"/> against a real account, or an invalid range.</exception>
    /// <exception cref="ReplayStalledException">A step did not drain within <see cref="ReplayOptions.DrainTimeout"/>.</exception>
    public static async Task<ReplaySummary> RunAsync(ReplayOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ToUtc < options.FromUtc)
        {
            throw new InvalidOperationException($"The replay ends ({options.ToUtc:O}) before it starts ({options.FromUtc:O}).");
        }

        var clock = new SimulatedClock(options.FromUtc);
        var app = NotifyApp.Build([.. options.Args], builder =>
        {
            builder.Configuration.AddInMemoryCollection(options.Settings);
            builder.Services.AddSingleton<TimeProvider>(clock);
            options.ConfigureServices?.Invoke(builder.Services);
        }, options.Functions is null ? null : new FunctionCatalog(options.Functions));
        await using (app)
        {
            var storage = new ReplayStorage(app.Services.GetRequiredService<StorageClients>());
            if (options.Fresh)
            {
                await storage.ClearAsync(cancellationToken);
            }

            await NotifyApp.PrepareStorageAsync(app, cancellationToken);
            return await new ReplayDriver(app.Services, clock, storage, options).RunAsync(cancellationToken);
        }
    }

    private async Task<ReplaySummary> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var catalog = _services.GetRequiredService<FunctionCatalog>();
        var listeners = CreateListeners(catalog);
        var drain = new QueueDrain(_storage, listeners, _clock, _options);
        var timers = catalog.TimerFunctions.Select(f => new ReplayTimer(f, ModeOf(f), _options.FromUtc)).ToList();
        var steps = 0;
        var occurrencesFired = 0;

        using var stopListeners = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = listeners.Select(listener => Task.Run(() => listener.RunAsync(stopListeners.Token), CancellationToken.None)).ToList();
        try
        {
            var startup = timers.Where(t => t.RunOnStartup).ToList();
            foreach (var timer in startup)
            {
                await InvokeAsync(timer, TimerOccurrences.AtStartup(), cancellationToken);
            }

            if (startup.Count > 0)
            {
                await drain.WaitAsync(cancellationToken);
            }

            while (await NextStepAsync(timers, cancellationToken) is { } step)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // A drain that let handlers' waits pass may have carried the clock beyond the step: then the timers run late.
                if (step.At > _clock.GetUtcNow())
                {
                    _clock.AdvanceTo(step.At);
                }

                var now = _clock.GetUtcNow();
                steps++;
                var sweeping = step.Due.Any(t => t.Mode == ReplayTimerMode.OccurrenceSweep);
                var dueBefore = sweeping ? await _storage.CountDueScheduledAsync(now, cancellationToken) : 0;
                foreach (var timer in step.Due)
                {
                    var dueAt = timer.Mode == ReplayTimerMode.Housekeeping ? timer.Next ?? step.At : step.At;
                    await InvokeAsync(timer, timer.Run(dueAt, now), cancellationToken);
                }

                var fired = 0;
                if (sweeping)
                {
                    var dueAfter = await _storage.CountDueScheduledAsync(now, cancellationToken);
                    fired = Math.Max(0, dueBefore - dueAfter);
                    _sweepLeftUnclaimable = fired == 0 && dueAfter > 0;
                    occurrencesFired += fired;
                }

                var depth = await drain.DepthAsync(cancellationToken);
                var drainTime = await drain.WaitAsync(cancellationToken);
                if (fired > 0 || step.Due.Any(t => t.Mode == ReplayTimerMode.Scheduled))
                {
                    _options.Progress?.Invoke(new ReplayProgress(step.At, [.. step.Due.Select(t => t.Function.Name)], fired, depth, drainTime));
                }
            }

            if (_clock.GetUtcNow() < _options.ToUtc)
            {
                _clock.AdvanceTo(_options.ToUtc);
            }
        }
        finally
        {
            await stopListeners.CancelAsync();
            await Task.WhenAll(running);
        }

        var unconsumed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var queue in Queues.All.Except(listeners.Select(l => l.QueueName), StringComparer.Ordinal))
        {
            if (await _storage.QueueDepthAsync(queue, cancellationToken) is > 0 and var depth)
            {
                unconsumed[queue] = depth;
            }
        }

        return new ReplaySummary(
            _options.FromUtc,
            _options.ToUtc,
            Stopwatch.GetElapsedTime(started),
            steps,
            new SortedDictionary<string, int>(_timerRuns, StringComparer.Ordinal),
            new SortedDictionary<string, int>(_timerFailures, StringComparer.Ordinal),
            occurrencesFired,
            await _services.GetRequiredService<DeliveryLedger>().CountByStatusAsync(cancellationToken),
            unconsumed);
    }

    private List<LocalQueueListener> CreateListeners(FunctionCatalog catalog)
    {
        var account = _services.GetRequiredService<StorageClients>();
        var hostJson = _services.GetRequiredService<HostJsonSettings>();
        var hostOptions = _services.GetRequiredService<LocalHostOptions>();
        var loggers = _services.GetRequiredService<ILoggerFactory>();

        // Polling cadence is plumbing, not business behaviour: a short idle back-off keeps each step's drain quick.
        var queueOptions = hostJson.Queues.MaxPollingInterval <= _options.MaxPollingInterval
            ? hostJson.Queues
            : hostJson.Queues with { MaxPollingInterval = _options.MaxPollingInterval };
        return [.. catalog.QueueFunctions.Select(function => new LocalQueueListener(
            function, account, queueOptions, _invoker, hostOptions, _services.GetRequiredService<StorageOutage>(), loggers.CreateLogger<LocalQueueListener>()))];
    }

    private ReplayTimerMode ModeOf(FunctionDescriptor function) =>
        function.ImplementationType == typeof(SweepDueOccurrences) ? ReplayTimerMode.OccurrenceSweep
        : _options.HousekeepingTimers.Contains(function.Name) ? ReplayTimerMode.Housekeeping
        : ReplayTimerMode.Scheduled;

    /// <summary>The earliest moment within the period a scheduled timer or the sweep has work, with every timer due by then.</summary>
    private async Task<ReplayStep?> NextStepAsync(IReadOnlyList<ReplayTimer> timers, CancellationToken cancellationToken)
    {
        var candidates = new List<(ReplayTimer Timer, DateTimeOffset At)>();
        foreach (var timer in timers)
        {
            var at = timer.Mode switch
            {
                ReplayTimerMode.Scheduled => timer.Next,
                ReplayTimerMode.OccurrenceSweep => await NextSweepAsync(timer, cancellationToken),
                _ => null,
            };
            if (at is { } value && value <= _options.ToUtc)
            {
                candidates.Add((timer, value));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var stepAt = candidates.Min(c => c.At);
        var due = timers.Where(t => candidates.Any(c => c.Timer == t && c.At == stepAt)
            || (t.Mode == ReplayTimerMode.Housekeeping && t.Next <= stepAt)).ToList();
        return new ReplayStep(stepAt, due);
    }

    /// <summary>
    /// When the sweep next has something to claim: the minute after its last run while due rows are left over (more than
    /// it claims per run, or rows saved during the last step), else its first run at or after the next due occurrence.
    /// </summary>
    private async Task<DateTimeOffset?> NextSweepAsync(ReplayTimer sweep, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var searchFrom = _sweepLeftUnclaimable ? now : now.AddHours(-OccurrenceStore.LookbackHours);
        return await _occurrences.NextDueAfterAsync(searchFrom, cancellationToken) is { } due ? sweep.FirstAtOrAfter(due) : null;
    }

    private async Task InvokeAsync(ReplayTimer timer, Microsoft.Azure.Functions.Worker.TimerInfo info, CancellationToken cancellationToken)
    {
        var name = timer.Function.Name;
        _timerRuns[name] = _timerRuns.GetValueOrDefault(name) + 1;
        try
        {
            await _invoker.InvokeTimerAsync(timer.Function, info, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The invoker has logged the failure; like the Functions host, the timer runs again at its next occurrence.
            _timerFailures[name] = _timerFailures.GetValueOrDefault(name) + 1;
            _logger.LogWarning("Timer {Function} failed at simulated {SimulatedUtc:O}; it runs again at its next occurrence", name, _clock.GetUtcNow());
        }
    }

    private sealed record ReplayStep(DateTimeOffset At, IReadOnlyList<ReplayTimer> Due);
}
