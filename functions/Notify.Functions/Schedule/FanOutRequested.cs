namespace Notify.Functions.Schedule;

/// <summary>Queue message: a claimed occurrence (row <paramref name="OccurrenceKey"/> in partition <paramref name="Bucket"/>) waits for its fan-out.</summary>
public sealed record FanOutRequested(string OccurrenceKey, string Bucket);
