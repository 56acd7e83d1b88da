using System.Diagnostics;

namespace Notify.Benchmarks.Storage;

/// <summary>One measured figure: how many items an operation handled in how long, and this process's CPU time for it.</summary>
public sealed record Measurement(string Operation, int Items, TimeSpan Elapsed, TimeSpan CpuTime)
{
    public double ItemsPerSecond => Items / Elapsed.TotalSeconds;

    public double CpuMicrosecondsPerItem => CpuTime.TotalMicroseconds / Items;

    public static async Task<Measurement> TimeAsync(string operation, Func<Task<int>> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var items = await run();
        var elapsed = stopwatch.Elapsed;
        process.Refresh();
        return new Measurement(operation, items, elapsed, process.TotalProcessorTime - cpuBefore);
    }
}
