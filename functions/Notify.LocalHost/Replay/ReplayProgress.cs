namespace Notify.LocalHost.Replay;

/// <summary>One step of a replay: when it happened in simulated time, what fired, and how much queued work it drained.</summary>
public sealed record ReplayProgress(
    DateTimeOffset SimulatedUtc,
    IReadOnlyList<string> TimersRun,
    int OccurrencesFired,
    int QueueDepth,
    TimeSpan DrainTime);
