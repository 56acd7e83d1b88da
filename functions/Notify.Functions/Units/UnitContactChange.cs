namespace Notify.Functions.Units;

/// <summary>The body of PUT /api/units/{unitId}/contacts: the unit's complete contact lists (a missing list means none).</summary>
public sealed record UnitContactChange(
    IReadOnlyList<string?>? WeComUserIds,
    IReadOnlyList<string?>? Phones,
    IReadOnlyList<string?>? Emails);
