using Notify.Core.Extraction;
using Notify.Core.Items;
using Notify.Core.Notices;

namespace Notify.Core.Scheduling;

/// <summary>
/// What the planner needs of an approved item; the caller builds it from an <see cref="ExtractedItem"/>.
/// <see cref="NoticeKind"/> is the approved resident notice kind; none plans a resident item as a contribution window.
/// </summary>
public sealed record PlannedItem(
    string ItemId, ItemKind Kind, DateOnly? Date, DateOnly? EndDate, string? Recurrence, ItemAudience Audience, ResidentNoticeKind? NoticeKind = null)
{
    public static PlannedItem From(string itemId, ExtractedItem item, ResidentNoticeKind? noticeKind = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new PlannedItem(itemId, item.Kind, item.Date, item.EndDate, item.Recurrence, item.Audience, noticeKind);
    }
}
