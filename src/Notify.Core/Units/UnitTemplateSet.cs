namespace Notify.Core.Units;

/// <summary>
/// The bureaus every jurisdiction of some levels has; with <see cref="UnitPrefixes"/>, only the places using one of
/// those prefixes (a league, 盟, has a 行政公署 where a city, 市, has a 人民政府; districts, 区, have no 气象局).
/// </summary>
internal sealed record UnitTemplateSet(IReadOnlyList<string> Levels, IReadOnlyList<string>? UnitPrefixes, IReadOnlyList<UnitTemplate> Units)
{
    public bool AppliesTo(Jurisdiction place) =>
        Levels.Contains(place.Level) && (UnitPrefixes is null || UnitPrefixes.Contains(place.UnitPrefix));
}
