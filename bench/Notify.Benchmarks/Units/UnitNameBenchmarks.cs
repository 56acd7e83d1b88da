using BenchmarkDotNet.Attributes;
using Notify.Core.Units;

namespace Notify.Benchmarks.Units;

/// <summary>
/// Resolving one unit name as an edit gives it, at growing lengths: "民政局" repeated, which every page-break repair
/// step takes for debris. Linear work grows 4× per step of <see cref="Length"/>, quadratic work 16×.
/// </summary>
[MemoryDiagnoser]
public class UnitNameBenchmarks
{
    private string _name = "";

    [Params(1_000, 4_000, 16_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _name = string.Concat(Enumerable.Repeat("民政局", (Length / 3) + 1))[..Length];
        _ = UnitResolver.Default.Resolve("民政局", jurisdiction: null);
    }

    [Benchmark]
    public UnitMatch Resolve() => UnitResolver.Default.Resolve(_name, jurisdiction: null);
}
