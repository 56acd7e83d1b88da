using Azure;
using Notify.Core.Scheduling;

namespace Notify.Functions.Schedule;

/// <summary>One row of the Occurrences table: <paramref name="Bucket"/> is its partition, <paramref name="Key"/> its row;
/// <paramref name="ResidentIds"/> narrows the audience to named residents when not empty.</summary>
public sealed record ScheduledOccurrence(
    string Bucket,
    string Key,
    string ItemId,
    string PolicyId,
    string TemplateKind,
    string Audience,
    DateTimeOffset DueUtc,
    string Purpose,
    PlannedOccurrence Occurrence,
    IReadOnlyList<string> ResidentIds,
    string State,
    string? ClaimedBy,
    DateTimeOffset? ClaimedAt,
    ETag? ETag);
