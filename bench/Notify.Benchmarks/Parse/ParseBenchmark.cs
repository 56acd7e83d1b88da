using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Running;

namespace Notify.Benchmarks.Parse;

/// <summary>Runs <see cref="ParseBenchmarks"/> with BenchmarkDotNet, in process, on one core.</summary>
public static class ParseBenchmark
{
    public static void Run(TextWriter output)
    {
        var (text, source) = ParseInput.Load();
        output.WriteLine($"parse benchmark input: {source} ({System.Text.Encoding.UTF8.GetByteCount(text) / 1024.0:F0} KB)");
        BenchmarkRunner.Run<ParseBenchmarks>(OneCoreConfig.Create(warmups: 3, iterations: 15)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95));
    }
}
