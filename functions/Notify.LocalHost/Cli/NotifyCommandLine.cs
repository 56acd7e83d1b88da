using System.CommandLine;

namespace Notify.LocalHost.Cli;

/// <summary>
/// Notify's command line (scripts/notify), run by the local host. With no command it serves the app locally (extra
/// options such as --urls go to ASP.NET Core); a word that is not a command is refused, never taken as a reason to serve.
/// Under Azure the Functions host starts the isolated worker instead.
/// </summary>
public static class NotifyCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Notify: policy documents in, time-bound notices out.")
        {
            ServeCommand.Create(),
            PoisonCommand.Create(),
            KeysCommand.Create(),
            ExtractCommand.Create(),
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

    private static string UnknownCommand(string word, RootCommand root) =>
        $"scripts/notify: unknown command '{word}'. Commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}. "
        + "Run 'scripts/notify --help' for what each does; with no command, scripts/notify serves Notify locally.";
}
