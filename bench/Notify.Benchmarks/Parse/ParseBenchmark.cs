using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Notify.Benchmarks.Parse;

/// <summary>Runs <see cref="ParseBenchmarks"/> with BenchmarkDotNet, in process, on one core.</summary>
public static class ParseBenchmark
{
    public static void Run(TextWriter output)
    {
        var (text, source) = ParseInput.Load();
        output.WriteLine($"parse benchmark input: {source} ({System.Text.Encoding.UTF8.GetByteCount(text) / 1024.0:F0} KB)");
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithAffinity(1)
            .WithWarmupCount(3)
            .WithIterationCount(15);
        BenchmarkRunner.Run<ParseBenchmarks>(DefaultConfig.Instance.AddJob(job)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator));
    }
}
