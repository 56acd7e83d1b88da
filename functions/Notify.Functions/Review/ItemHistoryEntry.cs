namespace Notify.Functions.Review;

/// <summary>
/// One audited change to an item: who did what and when, which fields changed (JSON), and the reasons for review the
/// change cleared, in the words the item showed them.
/// </summary>
public sealed record ItemHistoryEntry(string Action, string Actor, DateTimeOffset At, string? Changes, string? Note, IReadOnlyList<string>? Cleared = null);
