using Notify.Core.Items;

namespace Notify.Core.Extraction;

/// <summary>
/// A web page states its window in the headline and again in the body: the same window read twice off the text of one
/// document is one item, the first. Windows a task takes from its stage heading are not repeats.
/// </summary>
internal sealed class RepeatedWindows
{
    private readonly HashSet<(DateOnly?, DateOnly?, string?)> _seen = [];

    public bool IsFirst(TimeMention mention) =>
        mention.Kind != ItemKind.Window || mention.Date is null || mention.FromBlock || _seen.Add((mention.Date, mention.EndDate, mention.Recurrence));
}
