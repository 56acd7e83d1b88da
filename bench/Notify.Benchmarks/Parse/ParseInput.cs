namespace Notify.Benchmarks.Parse;

/// <summary>
/// The text the parse benchmark reads: NOTIFY_BENCH_INPUT if set, else the largest gazette in
/// ../shared/seeds (read where it lies, never copied), else Notify's own samples joined.
/// </summary>
public static class ParseInput
{
    public static (string Text, string Source) Load()
    {
        if (Environment.GetEnvironmentVariable("NOTIFY_BENCH_INPUT") is { Length: > 0 } path)
        {
            return (File.ReadAllText(path), path);
        }

        var root = FindRoot();
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        if (Directory.Exists(seeds) && Directory.GetFiles(seeds, "*.txt").OrderByDescending(f => new FileInfo(f).Length).FirstOrDefault() is { } largest)
        {
            return (File.ReadAllText(largest), largest);
        }

        var samples = Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Order(StringComparer.Ordinal);
        return (string.Join("\n\n", samples.Select(File.ReadAllText)), "samples/*.txt");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Notify.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the Notify repository.");
    }
}
