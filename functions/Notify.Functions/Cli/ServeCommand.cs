using System.CommandLine;
using Notify.Functions.Hosting;
using Notify.Storage;

namespace Notify.Functions.Cli;

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

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = NotifyApp.Build(args);
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or FileNotFoundException)
        {
            await Console.Error.WriteLineAsync($"Notify cannot start: {exception.Message}");
            return 2;
        }

        await using (app)
        {
            try
            {
                await NotifyApp.PrepareStorageAsync(app, cancellationToken);
            }
            catch (StorageUnreachableException exception)
            {
                await Console.Error.WriteLineAsync(StorageErrorText.Unreachable(exception));
                return 3;
            }
            catch (StorageRequestException exception)
            {
                await Console.Error.WriteLineAsync(StorageErrorText.Failed(exception));
                return 3;
            }

            await app.RunAsync();
            return 0;
        }
    }
}
