using System.CommandLine;
using System.Globalization;
using Notify.LocalHost.Demo;

namespace Notify.LocalHost.Cli;

/// <summary>
/// <c>demo</c>: the local main job. Prepares storage, gives every unit demo contacts, fills the registry with synthetic
/// residents, ingests and parses the three samples, approves what can be approved (clearly as demo mode), shows what is
/// scheduled, then serves with a summary line every 30 s. Re-running it skips what is already there.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var residents = new Option<int>("--residents")
        {
            Description = "How many synthetic residents the registry should hold (skipped when it already holds them).",
            DefaultValueFactory = _ => DemoOptions.DefaultResidents,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic residents.", DefaultValueFactory = _ => DemoOptions.DefaultSeed };
        var samples = new Option<DirectoryInfo?>("--samples") { Description = "The folder with the sample documents (default: the repository's samples/)." };
        var adminKeyFile = new Option<FileInfo?>("--admin-key-file")
        {
            Description = "Keep an every-role API key for the admin in this file (created once, reused while it works).",
        };
        var setupOnly = new Option<bool>("--setup-only") { Description = "Stop after the set-up and the schedule overview instead of serving." };
        var command = new Command("demo", "Run Notify as a demo: units, residents, the three samples ingested and auto-approved (demo mode), then serve. Extra arguments such as --urls go to ASP.NET Core.")
        {
            residents, seed, samples, adminKeyFile, setupOnly,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(residents),
            parseResult.GetValue(seed),
            parseResult.GetValue(samples),
            parseResult.GetValue(adminKeyFile),
            parseResult.GetValue(setupOnly),
            [.. parseResult.UnmatchedTokens],
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        int residents, int seed, DirectoryInfo? samples, FileInfo? adminKeyFile, bool setupOnly, string[] args, CancellationToken cancellationToken)
    {
        if (residents < 0)
        {
            await Console.Error.WriteLineAsync("demo: --residents must not be negative.");
            return 1;
        }

        var folder = samples?.FullName ?? DemoSamples.Locate();
        if (folder is null || DemoSamples.Missing(folder) is { Count: > 0 })
        {
            await Console.Error.WriteLineAsync(folder is null
                ? "demo: no samples/ folder with the three sample documents was found above the app or the working directory; give --samples."
                : $"demo: {folder} lacks {string.Join(", ", DemoSamples.Missing(folder))}.");
            return 2;
        }

        var output = Console.Out;
        return await CommandServices.RunAsync(args, async (app, ct) =>
        {
            await output.WriteLineAsync("demo [a] storage ready: queues, tables and containers provisioned, default templates seeded");
            await new DemoSetup(app.Services).RunAsync(new DemoOptions(residents, seed, folder), output, ct);
            if (setupOnly)
            {
                return 0;
            }

            var notes = new List<string>();
            if (adminKeyFile is not null)
            {
                var created = await ActivatorUtilities.CreateInstance<DemoAdminKey>(app.Services).EnsureAsync(adminKeyFile.FullName, ct);
                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  admin API key ({(created ? "new" : "kept from an earlier run")}, every role): {adminKeyFile.FullName} — send it as the X-Api-Key header"));
            }

            await DemoServing.RunAsync(app, output, notes, ct);
            return 0;
        }, cancellationToken);
    }
}
