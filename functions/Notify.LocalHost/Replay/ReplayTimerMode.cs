namespace Notify.LocalHost.Replay;

/// <summary>How a replay decides when a timer function runs.</summary>
public enum ReplayTimerMode
{
    /// <summary>At every occurrence of its schedule.</summary>
    Scheduled,

    /// <summary>At most once per step, when an occurrence of its schedule fell within it.</summary>
    Housekeeping,

    /// <summary>At the first occurrence of its schedule at or after the next due occurrence (the per-minute sweep).</summary>
    OccurrenceSweep,
}
