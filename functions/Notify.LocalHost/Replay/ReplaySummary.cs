namespace Notify.LocalHost.Replay;

/// <summary>
/// What a replay did: the simulated period, the real time it took, how often each timer ran (and failed), how many
/// occurrences the sweeps fired, delivery rows by status, and messages left on queues no function consumes.
/// </summary>
public sealed record ReplaySummary(
    DateTimeOffset FromUtc,
    DateTimeOffset ToUtc,
    TimeSpan RealTime,
    int Steps,
    IReadOnlyDictionary<string, int> TimerRuns,
    IReadOnlyDictionary<string, int> TimerFailures,
    int OccurrencesFired,
    IReadOnlyDictionary<string, int> DeliveriesByStatus,
    IReadOnlyDictionary<string, int> UnconsumedMessages);
