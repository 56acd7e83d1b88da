namespace Notify.Functions.FanOut;

/// <summary>
/// A job's counters. <see cref="Total"/> is known once paging ends; until then it counts the recipients found so far.
/// Sent = accepted by the provider, awaiting a receipt; Delivered = confirmed (sandbox and WeChat confirm at once).
/// <see cref="TopReasons"/> are the commonest reasons recipients were not reached; <see cref="Problem"/> says what is
/// wrong with the job as a whole (no recipients, nobody reached), null when nothing is.
/// </summary>
public sealed record FanOutProgress(
    string JobId,
    string State,
    string OccurrenceKey,
    string TemplateKind,
    long Total,
    long Queued,
    long Sent,
    long Delivered,
    long Failed,
    long Suppressed,
    long Cancelled,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PagedAt,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<ReasonCount>? TopReasons = null,
    string? Problem = null)
{
    public long Done => Sent + Delivered + Failed + Suppressed + Cancelled;

    public bool Finished => State is FanOutStates.Paged or FanOutStates.Empty && Done >= Total;
}
