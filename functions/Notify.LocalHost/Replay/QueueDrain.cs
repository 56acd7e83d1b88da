using System.Diagnostics;
using System.Globalization;
using Notify.LocalHost.Local;

namespace Notify.LocalHost.Replay;

/// <summary>
/// Waits, in real time, until the work a replay step started has run out: every queue a listener consumes reports
/// no messages (visible or invisible, so work in progress and retries waiting out their visibility count) on two
/// checks in a row, and no listener holds a message. Fails with <see cref="ReplayStalledException"/> after the limit.
/// </summary>
public sealed class QueueDrain(ReplayStorage storage, IReadOnlyList<LocalQueueListener> listeners, SimulatedClock clock, ReplayOptions options)
{
    /// <summary>No handler waits longer than a Functions invocation may run (host.json functionTimeout, 10 minutes).</summary>
    private static readonly TimeSpan HandlerWaitHorizon = TimeSpan.FromMinutes(10);

    private const int QuietChecksNeeded = 2;
    private const int StuckChecksBeforeClockMoves = 5;

    private readonly IReadOnlyList<string> _queues = [.. listeners.Select(l => l.QueueName).Distinct(StringComparer.Ordinal)];

    /// <summary>The sum of the consumed queues' approximate message counts.</summary>
    public async Task<int> DepthAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        foreach (var queue in _queues)
        {
            total += await storage.QueueDepthAsync(queue, cancellationToken);
        }

        return total;
    }

    /// <summary>Returns how long the drain took in real time.</summary>
    public async Task<TimeSpan> WaitAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var quietChecks = 0;
        var stuckChecks = 0;
        var lastDepth = -1;
        while (true)
        {
            var depth = await DepthAsync(cancellationToken);
            var inFlight = listeners.Sum(l => l.InFlight);
            quietChecks = depth == 0 && inFlight == 0 ? quietChecks + 1 : 0;
            if (quietChecks >= QuietChecksNeeded)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            // A handler waiting on the business clock (a retry back-off, a busy-provider delay) would wait forever on a
            // clock that stands still between steps. When nothing else moves, let simulated time pass to its timer.
            stuckChecks = inFlight > 0 && depth == lastDepth ? stuckChecks + 1 : 0;
            lastDepth = depth;
            if (stuckChecks >= StuckChecksBeforeClockMoves
                && clock.NextTimerDue is { } due
                && due - clock.GetUtcNow() <= HandlerWaitHorizon)
            {
                clock.AdvanceTo(due > clock.GetUtcNow() ? due : clock.GetUtcNow());
                stuckChecks = 0;
            }

            if (Stopwatch.GetElapsedTime(started) > options.DrainTimeout)
            {
                throw new ReplayStalledException(await DescribeStallAsync(cancellationToken));
            }

            await Task.Delay(options.DrainPollInterval, cancellationToken);
        }
    }

    private async Task<string> DescribeStallAsync(CancellationToken cancellationToken)
    {
        var queues = new List<string>();
        foreach (var queue in _queues)
        {
            var depth = await storage.QueueDepthAsync(queue, cancellationToken);
            queues.Add(string.Create(CultureInfo.InvariantCulture, $"{queue}={depth}"));
        }

        var busy = listeners.Where(l => l.InFlight > 0).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.FunctionName}={l.InFlight}"));
        var nextTimer = clock.NextTimerDue is { } due ? due.ToString("O", CultureInfo.InvariantCulture) : "none";
        return string.Create(CultureInfo.InvariantCulture,
            $"The replay step at {clock.GetUtcNow():yyyy-MM-dd'T'HH:mm:ss'Z'} did not drain within {options.DrainTimeout.TotalSeconds:F0} s of real time. Queue depths: {string.Join(", ", queues)}; messages in flight: {string.Join(", ", busy.DefaultIfEmpty("none"))}; next simulated timer: {nextTimer}.")
            + " A function that keeps failing retries every visibilityTimeout until maxDequeueCount; a message sent with a visibility delay,"
            + " or a handler waiting longer than 10 minutes of business time, never drains in a replay.";
    }
}
