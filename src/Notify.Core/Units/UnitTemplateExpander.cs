namespace Notify.Core.Units;

/// <summary>
/// Writes out the standard bureau sets for every jurisdiction, with ids "&lt;jurisdiction&gt;.&lt;key&gt;". A unit
/// listed explicitly wins: a generated unit is left out when its id is taken, or when one of its names already
/// belongs to an explicit unit of the same place (扎赉特旗's 农牧和科技局 covers both 农牧局 and 科技局).
/// </summary>
internal static class UnitTemplateExpander
{
    private const string PlacePlaceholder = "{place}";
    private const string PrefixPlaceholder = "{prefix}";

    public static List<Unit> Expand(IReadOnlyList<Jurisdiction> jurisdictions, IReadOnlyList<Unit> explicitUnits, IReadOnlyList<UnitTemplateSet> templates)
    {
        var units = new List<Unit>(explicitUnits);
        if (templates.Count == 0)
        {
            return units;
        }

        var takenIds = explicitUnits.Select(unit => unit.Id).ToHashSet(StringComparer.Ordinal);
        var takenNames = explicitUnits
            .SelectMany(unit => AllNames(unit).Select(name => (unit.Jurisdiction, name)))
            .ToHashSet();
        foreach (var place in jurisdictions)
        {
            foreach (var template in templates.Where(set => set.AppliesTo(place)).SelectMany(set => set.Units))
            {
                var unit = Generate(place, template);
                if (!takenIds.Contains(unit.Id) && !AllNames(unit).Any(name => takenNames.Contains((place.Id, name))))
                {
                    units.Add(unit);
                    takenIds.Add(unit.Id);
                }
            }
        }

        return units;
    }

    private static Unit Generate(Jurisdiction place, UnitTemplate template)
    {
        var name = template.Name.Contains('{', StringComparison.Ordinal) ? Fill(template.Name, place) : place.Name + template.Name;
        return new Unit(
            $"{place.Id}.{template.Key}",
            name,
            place.Id,
            template.Level ?? place.Level,
            template.Kind,
            [.. template.Aliases.Select(alias => Fill(alias, place))],
            [.. template.FormerNames.Select(former => Fill(former, place))]);
    }

    private static string Fill(string text, Jurisdiction place) =>
        text.Replace(PlacePlaceholder, place.Name, StringComparison.Ordinal).Replace(PrefixPlaceholder, place.UnitPrefix, StringComparison.Ordinal);

    private static IEnumerable<string> AllNames(Unit unit) => unit.Aliases.Concat(unit.FormerNames).Prepend(unit.Name);
}
