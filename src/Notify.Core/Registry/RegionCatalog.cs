using Notify.Core.Units;

namespace Notify.Core.Registry;

/// <summary>
/// The regions residents can be registered in: every district, banner, county and town of the unit directory, plus
/// towns of Baotou's banners and county that the directory does not list. Populations are rough figures for weighting
/// synthetic data, not statistics.
/// </summary>
public sealed class RegionCatalog
{
    private static readonly Lazy<RegionCatalog> DefaultCatalog = new(() => FromDirectory(UnitDirectory.LoadDefault()));

    // Code → (population, pastoral, Mongolian share). Banner towns take part of their banner's population.
    private static readonly Dictionary<string, (int Population, bool Pastoral, double Mongolian)> Profiles = new()
    {
        ["baotou.kundulun"] = (780_000, false, 0.03),
        ["baotou.qingshan"] = (540_000, false, 0.03),
        ["baotou.donghe"] = (500_000, false, 0.02),
        ["baotou.jiuyuan"] = (280_000, false, 0.03),
        ["baotou.shiguai"] = (35_000, false, 0.02),
        ["baotou.bayan-obo"] = (25_000, false, 0.08),
        ["baotou.hitech"] = (240_000, false, 0.03),
        ["baotou.tumed-right"] = (150_000, true, 0.03),
        ["baotou.tumed-right.salaqi"] = (120_000, true, 0.03),
        ["baotou.guyang"] = (90_000, true, 0.01),
        ["baotou.guyang.jinshan"] = (70_000, true, 0.01),
        ["baotou.darhan-muminggan"] = (30_000, true, 0.2),
        ["baotou.darhan-muminggan.bailingmiao"] = (45_000, true, 0.2),
        ["baotou.darhan-muminggan.mandula"] = (12_000, true, 0.3),
        ["baotou.darhan-muminggan.xilamuren"] = (10_000, true, 0.3),
        ["jalaid"] = (0, true, 0.25),
        ["jalaid.yinder"] = (110_000, true, 0.2),
        ["jalaid.xinlin"] = (25_000, true, 0.15),
        ["jalaid.haolibao"] = (30_000, true, 0.25),
        ["jalaid.huerle"] = (30_000, true, 0.2),
        ["jalaid.bayan-zalaga"] = (20_000, true, 0.35),
        ["jalaid.aladartu"] = (18_000, true, 0.45),
        ["jalaid.baoligenhua"] = (16_000, true, 0.45),
        ["jalaid.nuwenmuren"] = (20_000, true, 0.3),
        ["jalaid.badarhu"] = (25_000, true, 0.3),
        ["jalaid.tumuji"] = (22_000, true, 0.3),
        ["jalaid.arbengele"] = (20_000, true, 0.35),
        ["jalaid.bayan-gol"] = (30_000, true, 0.25),
    };

    private static readonly (string Code, string Name, string Parent)[] ExtraTowns =
    [
        ("baotou.tumed-right.salaqi", "萨拉齐镇", "baotou.tumed-right"),
        ("baotou.guyang.jinshan", "金山镇", "baotou.guyang"),
        ("baotou.darhan-muminggan.bailingmiao", "百灵庙镇", "baotou.darhan-muminggan"),
        ("baotou.darhan-muminggan.mandula", "满都拉镇", "baotou.darhan-muminggan"),
        ("baotou.darhan-muminggan.xilamuren", "希拉穆仁镇", "baotou.darhan-muminggan"),
    ];

    private readonly Dictionary<string, RegistryRegion> _byCode;

    public RegionCatalog(IEnumerable<RegistryRegion> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Regions = [.. regions];
        _byCode = Regions.ToDictionary(region => region.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<RegistryRegion> Regions { get; }

    /// <summary>The catalog built from the embedded unit directory.</summary>
    public static RegionCatalog Default => DefaultCatalog.Value;

    public bool IsKnown(string code) => _byCode.ContainsKey(code);

    public RegistryRegion? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Every jurisdiction below the league and city level, then the extra towns.</summary>
    public static RegionCatalog FromDirectory(UnitDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var places = directory.Jurisdictions
            .Where(jurisdiction => jurisdiction.Level is not ("市" or "自治区"))
            .Select(jurisdiction => (jurisdiction.Id, jurisdiction.Name, Parent: jurisdiction.Parent ?? jurisdiction.Id))
            .Concat(ExtraTowns);
        return new RegionCatalog(places.Select(place =>
        {
            var profile = Profiles.TryGetValue(place.Item1, out var known) ? known : (Population: 0, Pastoral: false, Mongolian: 0.02);
            return new RegistryRegion(place.Item1, place.Name, place.Parent, profile.Population, profile.Pastoral, profile.Mongolian);
        }));
    }
}
