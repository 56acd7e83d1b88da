namespace Notify.Core.Units;

/// <summary>A city, banner, county, district or town that units belong to.</summary>
/// <param name="Id">Stable ASCII id, e.g. "baotou", "baotou.kundulun", "jalaid".</param>
/// <param name="Name">Official place name, e.g. "昆都仑区".</param>
/// <param name="ShortNames">Other ways the place is written, e.g. "昆区".</param>
/// <param name="Level">"市", "旗县区", "旗" or "苏木乡镇".</param>
/// <param name="Parent">Id of the enclosing jurisdiction, if it is in the directory.</param>
/// <param name="UnitPrefix">The one-character prefix documents of this place put before its units ("市民政局", "旗民政局").</param>
public sealed record Jurisdiction(
    string Id,
    string Name,
    IReadOnlyList<string> ShortNames,
    string Level,
    string? Parent,
    string UnitPrefix);
