using Notify.Core.Scheduling;

namespace Notify.Functions.Notices;

/// <summary>An item's plan and the notices approving it would save, not yet saved.</summary>
public sealed record PreparedNotices(NoticePlan Plan, IReadOnlyList<Notice> Notices);
