using System.Globalization;

namespace Notify.Benchmarks.Storage;

/// <summary>Prints measurements as an aligned plain-text table.</summary>
public static class ResultTable
{
    public static void Write(TextWriter output, IReadOnlyList<Measurement> results)
    {
        var width = Math.Max("operation".Length, results.Max(r => r.Operation.Length));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"operation".PadRight(width)}  {"items",8}  {"seconds",8}  {"items/s",9}  {"client CPU µs/item",18}"));
        output.WriteLine(new string('-', width + 53));
        foreach (var result in results)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Operation.PadRight(width)}  {result.Items,8}  {result.Elapsed.TotalSeconds,8:F2}  {result.ItemsPerSecond,9:F0}  {result.CpuMicrosecondsPerItem,18:F0}"));
        }
    }
}
