namespace Notify.Functions.Review;

/// <summary>
/// A reviewer's changes to an item (PATCH body). Null leaves a field as it is; an empty string
/// clears an optional one (endDate, recurrence, date).
/// </summary>
public sealed record ItemEdit(
    string? Kind = null,
    string? Date = null,
    string? EndDate = null,
    string? Recurrence = null,
    string? Audience = null,
    IReadOnlyList<UnitEdit>? LeadUnits = null,
    IReadOnlyList<UnitEdit>? CooperatingUnits = null,
    IReadOnlyList<string>? ResidentGroups = null);
