using Notify.Core.Registry;

namespace Notify.Core.Audiences;

/// <summary>
/// Which residents a notice reaches. Every non-empty criterion must hold: region (a code or the code of an
/// enclosing place, so "baotou" covers "baotou.kundulun"), category, any one of the flags, age on the date the
/// notice concerns, contributions not yet paid for a year, or an explicit list of ids (a notice to one person).
/// </summary>
public sealed record ResidentAudience
{
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>A resident needs at least one of these flags.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    public int? MinAge { get; init; }

    public int? MaxAge { get; init; }

    /// <summary>Only residents whose contributions are not paid through this year.</summary>
    public int? UnpaidForYear { get; init; }

    public IReadOnlyList<string> ResidentIds { get; init; } = [];

    public bool Includes(Resident resident, DateOnly onDate)
    {
        ArgumentNullException.ThrowIfNull(resident);
        return (ResidentIds.Count == 0 || ResidentIds.Contains(resident.Id, StringComparer.Ordinal))
            && InRegion(resident.Region)
            && (Categories.Count == 0 || Categories.Contains(resident.Category, StringComparer.Ordinal))
            && (Flags.Count == 0 || Flags.Any(resident.Flags.Contains))
            && (MinAge is not { } min || resident.AgeOn(onDate) >= min)
            && (MaxAge is not { } max || resident.AgeOn(onDate) <= max)
            && (UnpaidForYear is not { } year || resident.PaidThroughYear is not { } paid || paid < year);
    }

    /// <summary>True when a resident of <paramref name="region"/> can be in the audience; fan-outs page only those regions.</summary>
    public bool InRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Regions.Count == 0 || Regions.Any(code => Within(region, code));
    }

    /// <summary>Whether <paramref name="region"/> is <paramref name="area"/> or lies inside it ("jalaid.yinder" in "jalaid").</summary>
    public static bool Within(string region, string area)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(area);
        return region == area || region.StartsWith(area + ".", StringComparison.Ordinal);
    }
}
