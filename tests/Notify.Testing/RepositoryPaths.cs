namespace Notify.Testing;

/// <summary>Paths inside the repository (found by walking up to Notify.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared/seeds beside the checkout; it may be absent on machines without the shared folder.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notify.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Notify.sln above {AppContext.BaseDirectory}.");
    }
}
