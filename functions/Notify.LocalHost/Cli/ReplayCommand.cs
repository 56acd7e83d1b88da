using System.CommandLine;
using System.Globalization;
using Notify.LocalHost.Replay;
using Spectre.Console;

namespace Notify.LocalHost.Cli;

/// <summary>
/// <c>replay --from DATE --to DATE [--fresh]</c>: drives the whole pipeline through a period on a simulated clock, in
/// minutes, against the configured storage, and prints what fired and what was delivered.
/// </summary>
public static class ReplayCommand
{
    private static readonly TimeSpan QuietProgressInterval = TimeSpan.FromDays(7);

    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "Start: a business date (YYYY-MM-DD, Asia/Shanghai) or an ISO 8601 instant.", Required = true };
        var to = new Option<string>("--to") { Description = "End, inclusive: a business date (the whole day) or an ISO 8601 instant.", Required = true };
        var fresh = new Option<bool>("--fresh") { Description = "Clear Notify's tables and queues first (only against the local emulator)." };
        var verbose = new Option<bool>("--verbose") { Description = "Show the app's information logs (every function run)." };
        var command = new Command("replay", "Replay a period on a simulated clock: every timer, queue and delivery, as real time would.")
        {
            from, to, fresh, verbose,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(from)!, parseResult.GetValue(to)!, parseResult.GetValue(fresh), parseResult.GetValue(verbose),
            [.. parseResult.UnmatchedTokens], cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string from, string to, bool fresh, bool verbose, string[] args, CancellationToken cancellationToken)
    {
        if (!ReplayInstant.TryParseStart(from, out var fromUtc))
        {
            await Console.Error.WriteLineAsync($"replay: --from '{from}' is neither a date (YYYY-MM-DD) nor an ISO 8601 instant.");
            return 1;
        }

        if (!ReplayInstant.TryParseEnd(to, out var toUtc))
        {
            await Console.Error.WriteLineAsync($"replay: --to '{to}' is neither a date (YYYY-MM-DD) nor an ISO 8601 instant.");
            return 1;
        }

        if (toUtc < fromUtc)
        {
            await Console.Error.WriteLineAsync("replay: --to is before --from.");
            return 1;
        }

        var lastPrinted = DateTimeOffset.MinValue;
        var options = new ReplayOptions
        {
            FromUtc = fromUtc,
            ToUtc = toUtc,
            Fresh = fresh,
            Args = args,
            Settings = verbose ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
            Progress = progress =>
            {
                // Every step that moved work, and otherwise a line a week so a quiet stretch still shows progress.
                if (progress.OccurrencesFired > 0 || progress.QueueDepth > 0 || progress.SimulatedUtc - lastPrinted >= QuietProgressInterval)
                {
                    Console.WriteLine(Describe(progress));
                    lastPrinted = progress.SimulatedUtc;
                }
            },
        };
        Console.WriteLine($"Replaying {Local(fromUtc)} → {Local(toUtc)} (Asia/Shanghai){(fresh ? " on freshly cleared storage" : "")}.");
        try
        {
            Print(await ReplayDriver.RunAsync(options, cancellationToken));
            return 0;
        }
        catch (ReplayStalledException exception)
        {
            await Console.Error.WriteLineAsync($"replay: {exception.Message}");
            return 4;
        }
        catch (Exception exception) when (StorageErrorText.Describe(exception) is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 3;
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync($"replay: {exception.Message}");
            return 2;
        }
    }

    public static string Describe(ReplayProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Local(progress.SimulatedUtc)}  occurrences fired {progress.OccurrencesFired,4}  queue depth {progress.QueueDepth,5}  drained in {progress.DrainTime.TotalSeconds,5:F1} s  ({string.Join(", ", progress.TimersRun)})");
    }

    private static void Print(ReplaySummary summary)
    {
        var simulated = summary.ToUtc - summary.FromUtc;
        Console.WriteLine();
        Console.WriteLine($"Simulated {Local(summary.FromUtc)} → {Local(summary.ToUtc)} ({simulated.TotalDays:F1} days) in {summary.RealTime.TotalSeconds:F1} s of real time, {summary.Steps} steps.");
        var console = TerminalAwareConsole.Create(Console.Out);
        Console.WriteLine("Timer runs:");
        console.Write(TimerTable(summary));
        Console.WriteLine($"Occurrences fired: {summary.OccurrencesFired}");
        Console.WriteLine($"Deliveries by status ({summary.DeliveriesByStatus.Values.Sum()} in the Deliveries table):");
        if (summary.DeliveriesByStatus.Count == 0)
        {
            Console.WriteLine("  (none)");
        }
        else
        {
            console.Write(StatusTable(summary));
        }

        foreach (var (queue, count) in summary.UnconsumedMessages)
        {
            Console.WriteLine($"Note: {count} message(s) wait on {queue}, which no function of this build consumes.");
        }
    }

    private static Table TimerTable(ReplaySummary summary)
    {
        var table = new Table().AddColumn("timer").AddColumn(new TableColumn("runs").RightAligned()).AddColumn(new TableColumn("failed").RightAligned());
        foreach (var (name, runs) in summary.TimerRuns)
        {
            table.AddRow(new Text(name), new Text($"{runs}"), new Text($"{summary.TimerFailures.GetValueOrDefault(name)}"));
        }

        return table;
    }

    private static Table StatusTable(ReplaySummary summary)
    {
        var table = new Table().AddColumn("status").AddColumn(new TableColumn("deliveries").RightAligned());
        foreach (var (status, count) in summary.DeliveriesByStatus)
        {
            table.AddRow(new Text(status), new Text($"{count}"));
        }

        return table;
    }

    private static string Local(DateTimeOffset utc) => ShanghaiTime.ToMinute(utc);
}
