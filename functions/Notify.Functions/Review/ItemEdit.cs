using System.Text.Json.Serialization;

namespace Notify.Functions.Review;

/// <summary>
/// A reviewer's changes to an item (PATCH body). Null leaves a field as it is; an empty string
/// clears an optional one (endDate, recurrence, date, programName, task). The extraction's fields come first, then
/// the decisions (<see cref="ItemDecisions"/>): notice kind, program name, unit task sentence, the authority the
/// notices speak for (a unit directory id), and the item to merge this one into ("policyId/itemId") or the flagged
/// items to keep it apart from.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ItemEdit(
    string? Kind = null,
    string? Date = null,
    string? EndDate = null,
    string? Recurrence = null,
    string? Audience = null,
    IReadOnlyList<UnitEdit>? LeadUnits = null,
    IReadOnlyList<UnitEdit>? CooperatingUnits = null,
    IReadOnlyList<string>? ResidentGroups = null,
    string? NoticeKind = null,
    string? ProgramName = null,
    string? Task = null,
    string? Authority = null,
    string? MergeInto = null,
    IReadOnlyList<string>? KeepApartFrom = null);
