using Notify.Core.Residents;

namespace Notify.Core.Registry;

/// <summary>The insurance categories a resident is registered under.</summary>
public static class ResidentCategories
{
    public const string UrbanResidents = ResidentGroups.UrbanResidents;
    public const string FarmersAndHerders = ResidentGroups.FarmersAndHerders;
    public const string Students = ResidentGroups.Students;
    public const string PreschoolChildren = ResidentGroups.PreschoolChildren;
    public const string Employees = "职工";

    public static IReadOnlyList<string> All { get; } =
        [UrbanResidents, FarmersAndHerders, Students, PreschoolChildren, Employees];
}
