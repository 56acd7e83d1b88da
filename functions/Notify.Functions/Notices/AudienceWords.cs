using Notify.Core.Audiences;
using Notify.Core.Registry;

namespace Notify.Functions.Notices;

/// <summary>A resident audience in words, for the reason a job or an approval found nobody in it.</summary>
public static class AudienceWords
{
    public static string Describe(ResidentAudience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var parts = new List<string>();
        if (audience.Categories.Count > 0)
        {
            parts.Add("categories " + string.Join("、", audience.Categories));
        }

        if (audience.Flags.Count > 0)
        {
            parts.Add("flags " + string.Join("、", audience.Flags));
        }

        if (audience.MinAge is { } minAge)
        {
            parts.Add($"aged {minAge} or more");
        }

        if (audience.UnpaidForYear is { } year)
        {
            parts.Add($"not paid for {year}");
        }

        parts.Add(audience.Regions.Count == 0 ? "in any region" : "in regions " + Regions(audience.Regions));
        return string.Join(", ", parts);
    }

    /// <summary>"扎赉特旗 (jalaid), …": names beside codes, codes alone for places the registry does not know.</summary>
    public static string Regions(IEnumerable<string> codes) =>
        string.Join("、", codes.Select(code => RegionCatalog.Default.Find(code)?.Name is { } name ? $"{name} ({code})" : code));
}
