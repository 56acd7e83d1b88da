using System.CommandLine;

namespace Notify.LocalHost.Cli;

/// <summary><c>serve</c> (the default): runs the app until stopped.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run Notify (the default). Extra arguments such as --urls go to ASP.NET Core.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync([.. parseResult.UnmatchedTokens], cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken) =>
        CommandServices.RunAsync(args, async (app, _) =>
        {
            await app.RunAsync();
            return 0;
        }, cancellationToken);
}
