using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Notify.Benchmarks.Templates;

/// <summary>Runs the template render and validation benchmarks with BenchmarkDotNet, in process, on one core, and prints renders per second.</summary>
public static class TemplateBenchmark
{
    public static void Run(TextWriter output)
    {
        output.WriteLine($"template benchmark input: {TemplateInput.Defaults.Count} default templates");
        var config = OneCoreConfig.Create(warmups: 3, iterations: 15);
        var render = BenchmarkRunner.Run<TemplateRenderBenchmarks>(config);
        var validation = BenchmarkRunner.Run<TemplateValidationBenchmarks>(config);

        output.WriteLine();
        output.WriteLine("| template (zh-Hans) | mean | renders/s on one core |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (name, mean) in Means(render, "Case"))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {mean / 1000:F2} µs | {1e9 / mean:N0} |"));
        }

        output.WriteLine();
        output.WriteLine("| validation of a whole template | mean |");
        output.WriteLine("|---|---:|");
        foreach (var (name, mean) in Means(validation, "Kind"))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {mean / 1000:F1} µs |"));
        }
    }

    private static IEnumerable<(string Name, double MeanNanoseconds)> Means(Summary summary, string parameter) =>
        summary.Reports
            .Where(report => report.ResultStatistics is not null)
            .Select(report => (report.BenchmarkCase.Parameters[parameter]?.ToString() ?? "?", report.ResultStatistics!.Mean));
}
