using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Notify.Benchmarks;

/// <summary>How Notify's BenchmarkDotNet benchmarks run: in process, pinned to one core, with the given warm-ups and iterations.</summary>
public static class OneCoreConfig
{
    public static ManualConfig Create(int warmups, int iterations) => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithAffinity(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
