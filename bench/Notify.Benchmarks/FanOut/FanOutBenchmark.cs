using System.Diagnostics;
using System.Globalization;
using Notify.Benchmarks.Storage;
using Notify.Core.Audiences;
using Notify.Core.Extraction;
using Notify.Core.Notices;
using Notify.Core.Registry;
using Notify.Core.Scheduling;
using Notify.Functions.FanOut;
using Notify.Core.Units;
using Notify.Functions.Notices;
using Notify.Functions.Senders;
using Notify.LocalHost.Demo;
using Notify.Functions.Registry;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;
using Azure.Data.Tables;

namespace Notify.Benchmarks.FanOut;

/// <summary>
/// One resident notice to every resident of a generated registry, end to end through the real app in its own process
/// (local mode, sandbox channels, statuses in Azurite). Prints deliveries per second from the fan-out's start to the
/// last status write, the app's peak resident memory and CPU time per delivery, and — measured in the same run, same
/// Azurite — what the storage alone allows for the same delivery rows (<see cref="DeliveryWriteBaseline"/>).
/// <c>--app</c> runs another build of the app (e.g. an older commit's) under the same harness and baseline.
/// </summary>
public static class FanOutBenchmark
{
    public const string Usage = "fanout [--residents N] [--reuse-registry] [--without-event] [--app path/to/Notify.LocalHost.dll]";

    public static async Task<int> RunAsync(ReadOnlyMemory<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var residents = IntOption(args.Span, "--residents", 1_000_000);
        var appDll = StringOption(args.Span, "--app") ?? Path.Combine(AppContext.BaseDirectory, "Notify.LocalHost.dll");
        var reuse = args.Span.Contains("--reuse-registry");

        // A notice scheduled now carries its event, and each recipient's event row is claimed before sending; without it, as before events.
        var withEvent = !args.Span.Contains("--without-event");
        var connection = Environment.GetEnvironmentVariable("NOTIFY_BENCH_STORAGE") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";
        var account = StorageClients.FromConnectionString(connection);
        foreach (var table in Tables.All)
        {
            await account.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        if (!reuse)
        {
            await SeedAsync(account, residents, output, cancellationToken);
        }

        var (jobId, due) = await ScheduleAsync(account, withEvent, cancellationToken);
        var recipientIds = new ResidentGenerator(seed: 20261122, asOf: new DateOnly(2026, 11, 22)).Generate(residents).Select(r => r.Id).Distinct().ToList();
        output.WriteLine($"Storage baseline: {recipientIds.Count:N0} delivery rows keyed like job {jobId}'s, inserted then merged, batches of 100 …");
        var scratch = account.GetTableClient("BenchRaw" + Guid.NewGuid().ToString("N")[..8]);
        await scratch.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var raw = await Measurement.TimeAsync("delivery rows", () => DeliveryWriteBaseline.WriteAsync(scratch, jobId, recipientIds, cancellationToken));
        await scratch.DeleteAsync(cancellationToken);

        output.WriteLine($"Notice to all residents due {due:O}; starting {appDll} (job {jobId}) …");
        using var app = StartApp(appDll, connection);
        var sampler = Task.Run(() => PeakMemory(app, cancellationToken), cancellationToken);
        var jobs = new FanOutJobStore(account, TimeProvider.System);
        FanOutProgress? progress = null;
        var lastPrint = Stopwatch.StartNew();
        while (!cancellationToken.IsCancellationRequested && app is { HasExited: false })
        {
            progress = await jobs.GetProgressAsync(jobId, cancellationToken);
            if (progress is { Finished: true })
            {
                break;
            }

            if (progress is not null && lastPrint.Elapsed > TimeSpan.FromSeconds(10))
            {
                output.WriteLine($"  {progress.State}: queued {progress.Queued:N0}, done {progress.Done:N0}");
                lastPrint.Restart();
            }

            await Task.Delay(1000, cancellationToken);
        }

        var peak = PeakMemoryOf(app);
        var cpu = CpuTimeOf(app);
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync(cancellationToken);
        var sampled = await sampler;
        if (progress is not { Finished: true })
        {
            output.WriteLine("The job did not finish; see the app's output above.");
            return 1;
        }

        var elapsed = (progress.UpdatedAt ?? TimeProvider.System.GetUtcNow()) - progress.CreatedAt;
        var perSecond = progress.Total / elapsed.TotalSeconds;
        output.WriteLine();
        output.WriteLine($"| figure | value |");
        output.WriteLine($"|---|---:|");
        output.WriteLine($"| recipients | {progress.Total:N0} |");
        output.WriteLine($"| delivered / failed / suppressed | {progress.Delivered:N0} / {progress.Failed:N0} / {progress.Suppressed:N0} |");
        output.WriteLine($"| fan-out start → last status write | {elapsed.TotalSeconds:N1} s |");
        output.WriteLine($"| deliveries/s end to end | {perSecond:N0} |");
        output.WriteLine($"| app peak memory (VmHWM) | {Math.Max(peak, sampled) / 1024.0 / 1024:N0} MB |");
        output.WriteLine($"| app CPU time (user+system) | {cpu.TotalSeconds:N1} s |");
        output.WriteLine($"| app CPU time per delivery | {cpu.TotalMicroseconds / progress.Total:N0} µs |");
        output.WriteLine($"| storage baseline: same delivery rows inserted + merged (same run) | {raw.ItemsPerSecond:N0} deliveries/s |");
        output.WriteLine($"| ratio deliveries/s ÷ baseline | {perSecond / raw.ItemsPerSecond:N2} |");
        return 0;
    }

    private static async Task SeedAsync(StorageClients account, int count, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"Seeding {count:N0} generated residents (not timed) …");
        // Straight into the Residents table the fan-out reads, as inserts (Azurite upserts in a batch are several times
        // slower): the registry's id index and re-import are not what is measured here. Seed a fresh Azurite.
        var table = account.GetTableClient(Tables.Residents);
        var generator = new ResidentGenerator(seed: 20261122, asOf: new DateOnly(2026, 11, 22));
        var watch = Stopwatch.StartNew();
        var written = 0;
        await Parallel.ForEachAsync(
            generator.Generate(count).Chunk(2_000),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                foreach (var region in chunk.GroupBy(resident => resident.Region))
                {
                    foreach (var batch in region.DistinctBy(resident => resident.Id).Chunk(TableLimits.MaxActionsPerTransaction))
                    {
                        await table.SubmitTransactionAsync(
                            [.. batch.Select(resident => new TableTransactionAction(TableTransactionActionType.Add, ResidentEntities.ToEntity(resident)))], ct);
                    }
                }

                if (Interlocked.Add(ref written, chunk.Length) % 100_000 < chunk.Length)
                {
                    output.WriteLine($"  {written:N0} written, {watch.Elapsed.TotalSeconds:N0} s");
                }
            });
        output.WriteLine($"  seeded in {watch.Elapsed.TotalSeconds:N0} s");
    }

    private static async Task<(string JobId, DateTimeOffset Due)> ScheduleAsync(StorageClients account, bool withEvent, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var itemId = "bench-" + now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var occurrence = new PlannedOccurrence("opening", now.AddSeconds(-30), "opening", today, new WindowPeriod(today, today.AddDays(60)));
        var (sender, _) = await DemoSenderProfiles.EnsureApprovedAsync(
            new SenderProfileStore(account, TimeProvider.System), UnitDirectory.LoadDefault().Find("baotou.medical-security")!, "bench", cancellationToken);
        var notice = new Notice(
            itemId, "bench", NoticeKinds.ResidentWindowOpening, ItemAudience.Residents, new ResidentAudience(), false, [],
            SenderVariables.Merge(new Dictionary<string, string> { ["programName"] = "城乡居民医保集中缴费" }, sender),
            new Dictionary<string, decimal> { [ResidentCategories.UrbanResidents] = 400, [ResidentCategories.FarmersAndHerders] = 400 },
            [occurrence], NoticeStates.Active, sender.AuthorityId, withEvent ? NoticeEvent.ForResidents("contribution-window", itemId) : null);
        await new NoticeStore(account).SaveAsync(notice, cancellationToken);
        await new OccurrenceStore(account).SaveDirectAsync("bench", itemId, notice.TemplateKind, occurrence, [], cancellationToken);
        return (FanOutJobIds.For(OccurrenceKeys.Row(itemId, notice.TemplateKind, occurrence.Id)), occurrence.DueUtc);
    }

    private static Process StartApp(string dll, string connection)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("serve");
        // Any free port: the harness reads progress from storage, and another run may hold a fixed one.
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment["AzureWebJobsStorage"] = connection;
        start.Environment["Notify__Channels__Sandbox__RecordInTable"] = "false";
        start.Environment["Notify__Schedule__QuietHours"] = "none";
        start.Environment["Notify__Delivery__DailyCap"] = "100";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
    }

    private static async Task<long> PeakMemory(Process app, CancellationToken cancellationToken)
    {
        long peak = 0;
        while (!app.HasExited && !cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, PeakMemoryOf(app));
            await Task.Delay(500, cancellationToken);
        }

        return peak;
    }

    /// <summary>VmHWM (peak resident set) from /proc, in bytes; 0 once the process is gone.</summary>
    private static long PeakMemoryOf(Process app)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{app.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    /// <summary>utime + stime from /proc/&lt;pid&gt;/stat (clock ticks of 1/100 s on Linux).</summary>
    private static TimeSpan CpuTimeOf(Process app)
    {
        var stat = File.ReadAllText($"/proc/{app.Id}/stat");
        // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static string? StringOption(ReadOnlySpan<string> args, string name)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static int IntOption(ReadOnlySpan<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }
}
