namespace Notify.Core.Units;

/// <summary>
/// One bureau of the standard set at a level, written once and generated for every jurisdiction of that level.
/// </summary>
/// <param name="Key">The id below the jurisdiction: the unit of "hohhot" with key "civil-affairs" is "hohhot.civil-affairs".</param>
/// <param name="Name">The name after the place ("民政局" gives "呼和浩特市民政局"); a name with a placeholder
/// ("国家税务总局{place}税务局", "{prefix}直有关部门") is written out as it stands.</param>
/// <param name="Kind">As <see cref="Unit.Kind"/>.</param>
/// <param name="Aliases">As <see cref="Unit.Aliases"/>; "{prefix}" and "{place}" are filled in.</param>
/// <param name="FormerNames">As <see cref="Unit.FormerNames"/>.</param>
/// <param name="Level">The unit's level when it is not its jurisdiction's (a group of towns is "苏木乡镇").</param>
internal sealed record UnitTemplate(
    string Key,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> FormerNames,
    string? Level = null);
