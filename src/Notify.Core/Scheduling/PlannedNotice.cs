using Notify.Core.Extraction;

namespace Notify.Core.Scheduling;

/// <summary>One template kind sent to one audience, at its occurrences (ordered by due time).</summary>
public sealed record PlannedNotice(string TemplateKind, ItemAudience Audience, IReadOnlyList<PlannedOccurrence> Occurrences);
