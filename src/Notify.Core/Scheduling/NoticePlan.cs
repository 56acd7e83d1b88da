namespace Notify.Core.Scheduling;

/// <summary>The notices planned for an item, or why there are none: everything was already past at approval.</summary>
public sealed record NoticePlan(string ItemId, IReadOnlyList<PlannedNotice> Notices, bool Expired, string? ExpiredReason)
{
    public static NoticePlan Past(string itemId, string reason) => new(itemId, [], true, reason);
}
