namespace Notify.LocalHost.Demo;

/// <summary>One line of the schedule overview: a notice kind, its still-scheduled occurrences, and the next one due from now.</summary>
/// <param name="NextDueUtc">The earliest scheduled occurrence due from now on; null when every one is already past due.</param>
public sealed record ScheduledKind(string TemplateKind, int Occurrences, DateTimeOffset? NextDueUtc);
