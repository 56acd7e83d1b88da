using Notify.Core.Extraction;
using Notify.Core.Items;

namespace Notify.Core.Scheduling;

/// <summary>What the planner needs of an approved item; the caller builds it from an <see cref="ExtractedItem"/>.</summary>
public sealed record PlannedItem(string ItemId, ItemKind Kind, DateOnly? Date, DateOnly? EndDate, string? Recurrence, ItemAudience Audience)
{
    public static PlannedItem From(string itemId, ExtractedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new PlannedItem(itemId, item.Kind, item.Date, item.EndDate, item.Recurrence, item.Audience);
    }
}
