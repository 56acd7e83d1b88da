using System.CommandLine;

namespace Notify.LocalHost.Cli;

/// <summary>
/// Notify's command line (scripts/notify), run by the local host. With no command it serves the app locally;
/// under Azure the Functions host starts the isolated worker instead.
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
        root.SetAction((parseResult, cancellationToken) => ServeCommand.RunAsync([.. parseResult.UnmatchedTokens], cancellationToken));
        return root;
    }
}
