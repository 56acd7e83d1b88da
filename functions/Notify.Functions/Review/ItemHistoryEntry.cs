namespace Notify.Functions.Review;

/// <summary>One audited change to an item: who did what and when, and which fields changed (JSON).</summary>
public sealed record ItemHistoryEntry(string Action, string Actor, DateTimeOffset At, string? Changes, string? Note);
