namespace Notify.Functions.FanOut;

/// <summary>
/// Where a fan-out resumes: the region (by index in the job's sorted region list) and the resident id to read from
/// (inclusive; null = the region's start). Every recipient before it is enqueued and <see cref="Queued"/> counts them;
/// recipients after it may have been enqueued too, and are enqueued again (their delivery rows stop a second send).
/// </summary>
public sealed record FanOutCheckpoint(int RegionIndex, string? FromId, int NextSequence, long Queued);
