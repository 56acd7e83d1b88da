using System.Globalization;
using BenchmarkDotNet.Running;

namespace Notify.Benchmarks.Units;

/// <summary>Runs <see cref="UnitNameBenchmarks"/> in process on one core and prints the time per name and its growth per 4× length.</summary>
public static class UnitNameBenchmark
{
    public static void Run(TextWriter output)
    {
        var summary = BenchmarkRunner.Run<UnitNameBenchmarks>(OneCoreConfig.Create(warmups: 2, iterations: 8));

        output.WriteLine();
        output.WriteLine("| unit name length (chars) | mean per resolve | growth over the previous length |");
        output.WriteLine("|---:|---:|---:|");
        double? previous = null;
        foreach (var report in summary.Reports.Where(report => report.ResultStatistics is not null))
        {
            var mean = report.ResultStatistics!.Mean;
            var growth = previous is { } before ? string.Create(CultureInfo.InvariantCulture, $"{mean / before:F1}×") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {report.BenchmarkCase.Parameters["Length"]} | {mean / 1000:F1} µs | {growth} |"));
            previous = mean;
        }
    }
}
