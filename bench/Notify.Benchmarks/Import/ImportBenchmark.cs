using System.Diagnostics;
using System.Globalization;
using System.Text;
using Notify.Core.Csv;
using Notify.Core.Registry;
using Notify.Functions.Registry;
using Notify.Functions.Storage;

namespace Notify.Benchmarks.Import;

/// <summary>
/// Prints time, rows per second, bytes allocated and the peak managed heap of importing one generated resident file,
/// all in the same run: first the pass an all-or-nothing import adds (reading and checking every row, nothing stored)
/// for the file in UTF-8 and in GB18030; then, against Azurite, the previous single-pass import (rows stored as they
/// are read, kept here as the baseline) beside today's all-or-nothing import of the same file. The first import puts
/// the residents in the table and is shown apart; the baseline and the second import both update the same rows.
/// </summary>
public static class ImportBenchmark
{
    public const string Usage = "import [--residents N]";

    private const int Seed = 7;

    public static async Task<int> RunAsync(ReadOnlyMemory<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var count = ResidentCount(args.Span);
        var connection = Environment.GetEnvironmentVariable("NOTIFY_BENCH_STORAGE") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";
        var account = StorageClients.FromConnectionString(connection);
        await account.GetTableClient(Tables.Residents).CreateIfNotExistsAsync(cancellationToken);
        await account.GetTableClient(Tables.ResidentIndex).CreateIfNotExistsAsync(cancellationToken);
        var store = new ResidentStore(account);
        var import = new ResidentImport(store, TimeProvider.System);

        var utf8 = Path.GetTempFileName();
        var gb18030 = Path.GetTempFileName();
        try
        {
            await WriteFilesAsync(count, utf8, gb18030, cancellationToken);
            output.WriteLine($"{count:N0} residents: UTF-8 file {new FileInfo(utf8).Length:N0} bytes, GB18030 file {new FileInfo(gb18030).Length:N0} bytes");
            await MeasureAsync(output, "check only, UTF-8 (streamed)", () => CheckAsync(utf8, cancellationToken));
            await MeasureAsync(output, "check only, GB18030 (decoded in memory)", () => CheckAsync(gb18030, cancellationToken));
            await MeasureAsync(output, "first import (inserts), all or nothing", () => ImportAsync(import, utf8, cancellationToken));
            await MeasureAsync(output, "baseline: single pass, stored as read", () => SinglePassAsync(store, utf8, cancellationToken));
            await MeasureAsync(output, "all or nothing: check, then store", () => ImportAsync(import, utf8, cancellationToken));
            return 0;
        }
        finally
        {
            File.Delete(utf8);
            File.Delete(gb18030);
        }
    }

    private static int ResidentCount(ReadOnlySpan<string> args)
    {
        var at = args.IndexOf("--residents");
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 50_000;
    }

    private static async Task WriteFilesAsync(int count, string utf8, string gb18030, CancellationToken cancellationToken)
    {
        var text = new StringWriter();
        ResidentCsv.Write(text, new ResidentGenerator(Seed, new DateOnly(2026, 11, 1)).Generate(count), cancellationToken);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await File.WriteAllTextAsync(utf8, text.ToString(), new UTF8Encoding(false), cancellationToken);
        await File.WriteAllTextAsync(gb18030, text.ToString(), Encoding.GetEncoding("GB18030"), cancellationToken);
    }

    private static Task<CsvSource> OpenAsync(string path, CancellationToken cancellationToken) =>
        CsvSource.OpenAsync(() => File.OpenRead(path), cancellationToken);

    private static async Task<int> ImportAsync(ResidentImport import, string path, CancellationToken cancellationToken) =>
        (await import.ImportAsync(await OpenAsync(path, cancellationToken), cancellationToken)).Imported;

    /// <summary>What the checking pass of an import does: every row read and validated, ids compared, nothing stored.</summary>
    private static async Task<int> CheckAsync(string path, CancellationToken cancellationToken)
    {
        var valid = 0;
        using var reader = (await OpenAsync(path, cancellationToken)).Open();
        await foreach (var row in new ResidentCsv(TimeProvider.System).ReadAsync(reader, cancellationToken))
        {
            valid += row.IsValid ? 1 : 0;
        }

        return valid;
    }

    /// <summary>The import as it was before it checked the whole file first: each valid row stored as it is read.</summary>
    private static async Task<int> SinglePassAsync(ResidentStore store, string path, CancellationToken cancellationToken)
    {
        var buffers = new Dictionary<string, List<Resident>>(StringComparer.Ordinal);
        var stored = 0;
        using var reader = new StreamReader(path);
        await foreach (var row in new ResidentCsv(TimeProvider.System).ReadAsync(reader, cancellationToken))
        {
            if (row.Resident is not { } resident)
            {
                continue;
            }

            var buffer = buffers.TryGetValue(resident.Region, out var existing) ? existing : buffers[resident.Region] = [];
            buffer.Add(resident);
            stored++;
            if (buffer.Count >= TableLimits.MaxActionsPerTransaction)
            {
                await store.UpsertBatchAsync([.. buffer], cancellationToken);
                buffer.Clear();
            }
        }

        foreach (var buffer in buffers.Values.Where(buffer => buffer.Count > 0))
        {
            await store.UpsertBatchAsync([.. buffer], cancellationToken);
        }

        return stored;
    }

    private static async Task MeasureAsync(TextWriter output, string name, Func<Task<int>> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        using var sampling = new CancellationTokenSource();
        var peak = Task.Run(() => PeakHeapAsync(sampling.Token));
        var stopwatch = Stopwatch.StartNew();
        var rows = await run();
        var elapsed = stopwatch.Elapsed;
        await sampling.CancelAsync();
        var peakHeap = await peak;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-46} {rows,8:N0} rows  {elapsed.TotalSeconds,7:F2} s  {rows / elapsed.TotalSeconds,8:N0} rows/s  allocated {allocated / 1048576.0,7:F1} MiB  peak heap {peakHeap / 1048576.0,6:F1} MiB (+{(peakHeap - heapBefore) / 1048576.0:F1} over idle)"));
    }

    private static async Task<long> PeakHeapAsync(CancellationToken cancellationToken)
    {
        var peak = 0L;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            try
            {
                await Task.Delay(5, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
    }
}
