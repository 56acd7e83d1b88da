using System.Globalization;
using Notify.Functions.Deliver;
using Notify.Functions.FanOut;
using Notify.Functions.Storage;

namespace Notify.Benchmarks.CrashSafety;

/// <summary>
/// <c>crash</c>: the storage side of scripts/crash-safety.sh, against AzureWebJobsStorage (the app's own setting).
/// seed puts the residents and the notice in place, inflight records the rows in flight at a kill (claimed for a send,
/// outcome not recorded), progress reports the job, verify compares the delivery rows with the sandbox send log, lays
/// each duplicate send at the kill it straddles and prints the figures per kill.
/// </summary>
public static class CrashSafetyCommand
{
    public const string Usage = """
        Usage: crash seed --recipients N                   (prints the fan-out job id on its last line)
               crash inflight --job ID --sends N --out FILE  (rows of the job in status Claimed, written with N to FILE; prints their count)
               crash progress --job ID                     (first word: finished or running)
               crash verify --job ID --recipients N --send-log PATH --kills-dir DIR
        Storage: the AzureWebJobsStorage environment variable (a connection string).
        """;

    public static async Task<int> RunAsync(ReadOnlyMemory<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || Environment.GetEnvironmentVariable("AzureWebJobsStorage") is not { Length: > 0 } connection)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var verb = args.Span[0];
        var options = Options(args.Span[1..]);
        var storage = StorageClients.FromConnectionString(connection);
        switch (verb)
        {
            case "seed":
                var jobId = await CrashSafetyScenario.SeedAsync(storage, Number(options, "--recipients"), output, cancellationToken);
                await output.WriteLineAsync(jobId);
                return 0;
            case "inflight":
                var statuses = await CrashSafetyDeliveries.StatusesAsync(storage, options["--job"], cancellationToken);
                var inFlight = statuses.Where(pair => pair.Value == nameof(DeliveryStatus.Claimed)).Select(pair => pair.Key).ToList();
                await CrashSafetyKill.WriteAsync(options["--out"], Number(options, "--sends"), inFlight, cancellationToken);
                await output.WriteLineAsync(inFlight.Count.ToString(CultureInfo.InvariantCulture));
                return 0;
            case "progress":
                var progress = await new FanOutJobStore(storage, TimeProvider.System).GetProgressAsync(options["--job"], cancellationToken);
                await output.WriteLineAsync(progress is null
                    ? "running (no job yet)"
                    : $"{(progress.Finished ? "finished" : "running")} state={progress.State} total={progress.Total} delivered={progress.Delivered} failed={progress.Failed} suppressed={progress.Suppressed}");
                return 0;
            case "verify":
                return await VerifyAsync(storage, options, output, cancellationToken);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> VerifyAsync(StorageClients storage, Dictionary<string, string> options, TextWriter output, CancellationToken cancellationToken)
    {
        var jobId = options["--job"];
        var recipients = Number(options, "--recipients");
        var kills = CrashSafetyKill.ReadAll(options["--kills-dir"]);
        var statuses = await CrashSafetyDeliveries.StatusesAsync(storage, jobId, cancellationToken);
        var sendLog = CrashSafetySendLog.Read(options["--send-log"], jobId);
        var duplicates = new CrashSafetyDuplicates(kills, sendLog.LinesByRecipient);
        var progress = await new FanOutJobStore(storage, TimeProvider.System).GetProgressAsync(jobId, cancellationToken);

        var delivered = statuses.Values.Count(status => status == nameof(DeliveryStatus.Delivered));
        var lost = Enumerable.Range(0, recipients)
            .Select(CrashSafetyScenario.ResidentId)
            .Count(id => statuses.GetValueOrDefault(id) != nameof(DeliveryStatus.Delivered) && !sendLog.SendsByRecipient.ContainsKey(id));
        var byStatus = statuses.Values.GroupBy(status => status).OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"{group.Key} {group.Count()}");
        var ok = lost == 0 && duplicates.Unattributed == 0 && kills.All(kill => duplicates.CausedBy(kill) <= kill.InFlight.Count);

        await output.WriteLineAsync("| kill | sends at kill | in flight (Claimed) | duplicates caused | of them in flight | duplicates <= in flight |");
        await output.WriteLineAsync("|---:|---:|---:|---:|---:|---|");
        foreach (var kill in kills)
        {
            await output.WriteLineAsync(
                $"| {kill.Number} | {kill.SendsAtKill} | {kill.InFlight.Count} | {duplicates.CausedBy(kill)} | {duplicates.OfInFlight(kill)} | {(duplicates.CausedBy(kill) <= kill.InFlight.Count ? "yes" : "NO")} |");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"recipients                      {recipients}");
        await output.WriteLineAsync($"delivered (rows Delivered)      {delivered}");
        await output.WriteLineAsync($"lost                            {lost}");
        await output.WriteLineAsync($"duplicates sent                 {sendLog.Duplicates} (straddling no kill: {duplicates.Unattributed})");
        await output.WriteLineAsync($"distinct recipients in send log {sendLog.SendsByRecipient.Count}");
        await output.WriteLineAsync($"send-log lines                  {sendLog.Lines}");
        await output.WriteLineAsync($"delivery rows by status         {string.Join(", ", byStatus)}");
        await output.WriteLineAsync(progress is null
            ? "job                             missing"
            : $"job                             {(progress.Finished ? "finished" : "NOT finished")}, total {progress.Total}, delivered {progress.Delivered}, failed {progress.Failed}");
        await output.WriteLineAsync($"target (0 lost, each kill's duplicates <= its sends in flight, none without a kill): {(ok ? "met" : "NOT met")}");
        return ok ? 0 : 1;
    }

    private static Dictionary<string, string> Options(ReadOnlySpan<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }

    private static int Number(Dictionary<string, string> options, string name) => int.Parse(options[name], CultureInfo.InvariantCulture);
}
