using Notify.Core.Items;

namespace Notify.Core.Tests.Items;

/// <summary>
/// A seed file from ../shared/seeds with the context a reader gives its lines (which document each line
/// belongs to: its signing date and the year its plan is for) and the dated items a reader labels in it.
/// </summary>
public sealed record SeedDocument(string FileName, IReadOnlyList<(int FromLine, TimeContext Context)> Segments, IReadOnlyList<SeedLabel> Labels)
{
    public TimeContext ContextAt(int line)
    {
        var context = TimeContext.None;
        foreach (var (fromLine, segment) in Segments)
        {
            if (fromLine <= line)
            {
                context = segment;
            }
        }

        return context;
    }

    /// <summary>The folder holding Notify.sln, then ../shared/seeds; null when the seeds are not there.</summary>
    public static string? FindSeedFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Notify.sln")))
            {
                var seeds = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "seeds"));
                return Directory.Exists(seeds) ? seeds : null;
            }
        }

        return null;
    }
}
