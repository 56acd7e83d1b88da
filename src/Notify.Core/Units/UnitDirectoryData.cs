namespace Notify.Core.Units;

/// <summary>The shape of the embedded units.json.</summary>
/// <param name="NotPlaceNames">Text that holds a place name of the directory but names something else ("新疆维吾尔自治区").</param>
/// <param name="Templates">Standard bureau sets generated for every jurisdiction of a level.</param>
internal sealed record UnitDirectoryData(
    IReadOnlyList<Jurisdiction> Jurisdictions,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<string>? NotPlaceNames = null,
    IReadOnlyList<UnitTemplateSet>? Templates = null);
