using Azure;

namespace Notify.Functions.Schedule;

/// <summary>One row of the Occurrences table: <paramref name="Bucket"/> is its partition, <paramref name="Key"/> its row.</summary>
public sealed record ScheduledOccurrence(
    string Bucket,
    string Key,
    string ItemId,
    string PolicyId,
    string TemplateKind,
    string Audience,
    DateTimeOffset DueUtc,
    string Purpose,
    string State,
    string? ClaimedBy,
    DateTimeOffset? ClaimedAt,
    ETag? ETag);
