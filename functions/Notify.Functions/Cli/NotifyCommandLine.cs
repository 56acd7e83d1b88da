using System.CommandLine;

namespace Notify.Functions.Cli;

/// <summary>
/// The app's command line. With no command it serves: under the Functions host as a custom
/// handler, otherwise as a local host with its own triggers.
/// </summary>
public static class NotifyCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Notify: policy documents in, time-bound notices out.")
        {
            ServeCommand.Create(),
            FunctionJsonCommand.Create(),
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
