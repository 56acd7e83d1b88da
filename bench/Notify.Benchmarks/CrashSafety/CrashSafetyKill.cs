using System.Globalization;

namespace Notify.Benchmarks.CrashSafety;

/// <summary>
/// What scripts/crash-safety.sh saw right after one SIGKILL: how many lines the send log held (sends made before the
/// kill) and which recipients' rows were in flight (claimed for a send whose outcome was not recorded yet).
/// Kept as <c>kill-N.txt</c>: the line count first, then one recipient id a line.
/// </summary>
public sealed record CrashSafetyKill(int Number, int SendsAtKill, IReadOnlySet<string> InFlight)
{
    public static string FileName(int number) => string.Create(CultureInfo.InvariantCulture, $"kill-{number}.txt");

    public static async Task WriteAsync(string path, int sendsAtKill, IEnumerable<string> inFlight, CancellationToken cancellationToken) =>
        await File.WriteAllLinesAsync(path, [sendsAtKill.ToString(CultureInfo.InvariantCulture), .. inFlight], cancellationToken);

    /// <summary>The kills recorded in <paramref name="folder"/>, in order (kill-1.txt, kill-2.txt, …).</summary>
    public static IReadOnlyList<CrashSafetyKill> ReadAll(string folder)
    {
        var kills = new List<CrashSafetyKill>();
        for (var number = 1; File.Exists(Path.Combine(folder, FileName(number))); number++)
        {
            var lines = File.ReadAllLines(Path.Combine(folder, FileName(number)));
            kills.Add(new CrashSafetyKill(number, int.Parse(lines[0], CultureInfo.InvariantCulture), lines[1..].ToHashSet(StringComparer.Ordinal)));
        }

        return kills;
    }
}
