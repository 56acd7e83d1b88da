using Notify.Core.Scheduling;
using Notify.Functions.Senders;

namespace Notify.Functions.Notices;

/// <summary>An item's plan and the notices approving it would save, not yet saved, with the sender profile they speak as (null when it has none approved).</summary>
public sealed record PreparedNotices(NoticePlan Plan, IReadOnlyList<Notice> Notices, SenderProfile? Sender);
