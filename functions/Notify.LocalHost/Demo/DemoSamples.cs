namespace Notify.LocalHost.Demo;

/// <summary>The three sample documents the demo ingests, and where to find them.</summary>
public static class DemoSamples
{
    /// <summary>A yearly contribution notice, a bureau work plan, and a monthly reporting duty.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "jalaid-medical-insurance-2027.txt",
        "baotou-elderly-care-plan-2026.txt",
        "baotou-insurance-progress-reporting-2026.txt",
    ];

    /// <summary>The first "samples" folder holding every sample, above the app or above the working directory; null when there is none.</summary>
    public static string? Locate() => LocateAbove(AppContext.BaseDirectory) ?? LocateAbove(Directory.GetCurrentDirectory());

    /// <summary>The names of the samples missing from <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Missing(string folder) =>
        [.. FileNames.Where(name => !File.Exists(Path.Combine(folder, name)))];

    private static string? LocateAbove(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples");
            if (Directory.Exists(candidate) && Missing(candidate).Count == 0)
            {
                return candidate;
            }
        }

        return null;
    }
}
