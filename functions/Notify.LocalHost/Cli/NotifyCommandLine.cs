using System.CommandLine;
using System.CommandLine.Help;

namespace Notify.LocalHost.Cli;

/// <summary>
/// Notify's command line (scripts/notify), run by the local host. With no command it serves the app locally (extra
/// options such as --urls go to ASP.NET Core); a word that is not a command is refused, never taken as a reason to serve.
/// Under Azure the Functions host starts the isolated worker instead.
/// </summary>
/// <remarks>
/// The root is a plain <see cref="Command"/> named after the script rather than a <see cref="RootCommand"/>, whose name
/// is the executable's ("Notify.LocalHost" under <c>dotnet</c>), so usage and help name what the user typed. It carries
/// the help and version options a RootCommand would add.
/// </remarks>
public static class NotifyCommandLine
{
    /// <summary>How users run the command line, and what usage and messages call it.</summary>
    public const string Name = "scripts/notify";

    public static Command Create()
    {
        var root = new Command(Name, "Notify: policy documents in, time-bound notices out.")
        {
            new HelpOption(),
            new VersionOption(),
            ServeCommand.Create(),
            PoisonCommand.Create(),
            KeysCommand.Create(),
            ExtractCommand.Create(),
            ScoreExtractionCommand.Create(),
            ResidentsCommand.Create(),
            ReplayCommand.Create(),
            JobsCommand.Create(),
            DemoCommand.Create(),
            UnitsCommand.Create(),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(async (parseResult, cancellationToken) =>
        {
            string[] extra = [.. parseResult.UnmatchedTokens];
            if (extra is [var word, ..] && !word.StartsWith('-'))
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(UnknownCommand(word, root));
                return 2;
            }

            return await ServeCommand.RunAsync(extra, cancellationToken);
        });
        return root;
    }

    private static string UnknownCommand(string word, Command root) =>
        $"{Name}: unknown command '{word}'. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}. "
        + $"Run '{Name} --help' for what each does; with no command, {Name} serves Notify locally.";
}
