using Notify.Core.Residents;

namespace Notify.Core.Registry;

/// <summary>The situations a resident can be flagged with; the names are the canonical resident groups.</summary>
public static class ResidentFlags
{
    public static IReadOnlyList<string> All { get; } =
    [
        ResidentGroups.Destitute, ResidentGroups.Disabled, ResidentGroups.PartlyDisabled, ResidentGroups.Demented,
        ResidentGroups.LivingAlone, ResidentGroups.EmptyNest, ResidentGroups.LeftBehind, ResidentGroups.MinimumLivingAllowance,
        ResidentGroups.LowIncome, ResidentGroups.SeverelyHandicapped, ResidentGroups.Handicapped,
        ResidentGroups.FamilyPlanningSpecialFamilies, ResidentGroups.Veterans, ResidentGroups.Orphans,
        ResidentGroups.WithoutFamily, ResidentGroups.Entitled, ResidentGroups.RegisteredPoor, ResidentGroups.EconomicHardship,
    ];
}
