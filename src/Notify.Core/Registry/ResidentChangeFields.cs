namespace Notify.Core.Registry;

/// <summary>One change event as sent (JSON or CSV), not yet validated: null means the field was not given.</summary>
public sealed record ResidentChangeFields(
    string? ResidentId,
    string? BirthDate = null,
    string? Category = null,
    IReadOnlyList<string>? Flags = null,
    IReadOnlyList<string>? AddFlags = null,
    IReadOnlyList<string>? RemoveFlags = null,
    string? Region = null,
    string? PaidThroughYear = null,
    string? EffectiveAt = null);
