using System.Text;
using BenchmarkDotNet.Attributes;
using Notify.Core.Extraction;

namespace Notify.Benchmarks.Parse;

/// <summary>End-to-end extraction (decode, normalize, segment, items, units) of one gazette, and of 4 and 16 copies of it, to show cost is linear.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private readonly PolicyExtractor _extractor = new();
    private byte[] _input = [];

    [Params(1, 4, 16)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (text, _) = ParseInput.Load();
        _input = Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Repeat(text, Copies)));
    }

    [Benchmark]
    public int Extract() => _extractor.Extract(_input).Items.Count;
}
