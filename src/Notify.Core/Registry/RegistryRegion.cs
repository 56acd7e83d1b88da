namespace Notify.Core.Registry;

/// <summary>A place residents are registered in: a 旗县区 or a 苏木乡镇.</summary>
/// <param name="Code">Region code, e.g. "baotou.kundulun", "jalaid.yinder", "baotou.darhan-muminggan.bailingmiao".</param>
/// <param name="Name">Place name, e.g. "昆都仑区".</param>
/// <param name="Parent">The enclosing region or jurisdiction code.</param>
/// <param name="Population">Rough registered population, used to weight generated residents.</param>
/// <param name="IsPastoral">Mostly farming and herding (banners, county, Jalaid's towns).</param>
/// <param name="MongolianShare">Rough share of residents who prefer Mongolian.</param>
public sealed record RegistryRegion(
    string Code,
    string Name,
    string Parent,
    int Population,
    bool IsPastoral,
    double MongolianShare);
