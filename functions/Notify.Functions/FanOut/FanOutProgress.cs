namespace Notify.Functions.FanOut;

/// <summary>
/// A job's counters. <see cref="Total"/> is known once paging ends; until then it counts the recipients found so far.
/// Sent = accepted by the provider, awaiting a receipt; Delivered = confirmed (sandbox and WeChat confirm at once).
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
    DateTimeOffset? UpdatedAt)
{
    public long Done => Sent + Delivered + Failed + Suppressed + Cancelled;

    public bool Finished => State == FanOutStates.Paged && Done >= Total;
}
