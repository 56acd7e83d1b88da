using Notify.Core.Extraction;
using Notify.Core.Registry;
using Notify.Core.Residents;
using Notify.Core.Units;

namespace Notify.Core.Audiences;

/// <summary>
/// Reads a resident audience off an approved item: its groups become categories, flags and a minimum age; its
/// region is where its lead units are (the whole city for a city bureau); an item stating contribution amounts
/// reaches only those who have not paid for the year its window concerns. With the issuing authority known, the
/// audience never leaves its jurisdiction: units elsewhere are dropped, and no unit inside means the whole jurisdiction.
/// </summary>
public static class ResidentAudienceBuilder
{
    private static readonly Dictionary<string, string[]> CategoryGroups = new(StringComparer.Ordinal)
    {
        [ResidentGroups.UrbanResidents] = [ResidentCategories.UrbanResidents],
        [ResidentGroups.FarmersAndHerders] = [ResidentCategories.FarmersAndHerders],
        [ResidentGroups.Students] = [ResidentCategories.Students],
        [ResidentGroups.PreschoolChildren] = [ResidentCategories.PreschoolChildren],
        [ResidentGroups.UrbanAndRuralResidents] =
            [ResidentCategories.UrbanResidents, ResidentCategories.FarmersAndHerders, ResidentCategories.Students, ResidentCategories.PreschoolChildren],
    };

    public static ResidentAudience From(ExtractedItem item, UnitDirectory units, int? coverageYear, string? authorityId = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(units);
        var groups = item.ResidentGroups.Concat(item.Amounts.Select(amount => amount.Group).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var categories = groups.Where(CategoryGroups.ContainsKey).SelectMany(group => CategoryGroups[group]).Distinct(StringComparer.Ordinal).ToList();
        var flags = groups.Where(ResidentFlags.All.Contains).ToList();
        int? minAge = groups.Select(AgeOf).OfType<int>().DefaultIfEmpty().Min() is var age and > 0 ? age : null;
        var regions = item.LeadUnits.Concat(item.CooperatingUnits)
            .Select(unit => unit.UnitId is { } id ? units.Find(id)?.Jurisdiction : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (authorityId is not null && units.Find(authorityId)?.Jurisdiction is { } jurisdiction)
        {
            regions = [.. regions.Where(region => ResidentAudience.Within(region, jurisdiction))];
            regions = regions.Count > 0 ? regions : [jurisdiction];
        }

        var contributes = item.Amounts.Any(amount => amount.Period == "year" && amount.Basis is null or "per-person");
        return new ResidentAudience
        {
            Regions = Outermost(regions),
            Categories = categories,
            Flags = flags,
            MinAge = minAge,
            UnpaidForYear = contributes ? coverageYear : null,
        };
    }

    private static int? AgeOf(string group) =>
        ResidentGroups.Ages.Select(age => (int?)age).FirstOrDefault(age => ResidentGroups.AgeGroup(age!.Value) == group);

    /// <summary>Drops a region already covered by an enclosing one in the list.</summary>
    private static List<string> Outermost(List<string> regions) =>
        [.. regions.Where(region => !regions.Any(other => other != region && region.StartsWith(other + ".", StringComparison.Ordinal)))];
}
