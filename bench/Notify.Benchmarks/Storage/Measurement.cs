using System.Diagnostics;

namespace Notify.Benchmarks.Storage;

/// <summary>One measured figure: how many items an operation handled in how long.</summary>
public sealed record Measurement(string Operation, int Items, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;

    public static async Task<Measurement> TimeAsync(string operation, Func<Task<int>> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var items = await run();
        return new Measurement(operation, items, stopwatch.Elapsed);
    }
}
