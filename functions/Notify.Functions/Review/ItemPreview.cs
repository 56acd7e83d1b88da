namespace Notify.Functions.Review;

/// <summary>
/// What approving an item now would send: its units (with and without contacts) and, per planned occurrence, who
/// gets what. <see cref="Expired"/> says why nothing would be scheduled.
/// </summary>
public sealed record ItemPreview(
    string PolicyId,
    string ItemId,
    string ReviewState,
    string? Expired,
    IReadOnlyList<UnitPreview> Units,
    IReadOnlyList<OccurrencePreview> Occurrences);
