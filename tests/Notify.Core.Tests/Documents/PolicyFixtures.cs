namespace Notify.Core.Tests.Documents;

/// <summary>The fixture documents written for these tests, and the shared seed folder when it is present.</summary>
internal static class PolicyFixtures
{
    public const string GazetteIssue = "gazette-issue.txt";
    public const string BannerNotice = "banner-notice.txt";
    public const string MarkdownNotice = "markdown-notice.txt";
    public const string WebPage = "web-page.txt";

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Documents", name));

    /// <summary>../shared/seeds next to the folder holding Notify.sln, or null when there is none.</summary>
    public static string? SeedsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notify.sln")))
            {
                var seeds = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "seeds"));
                return Directory.Exists(seeds) ? seeds : null;
            }
        }

        return null;
    }
}
