using Notify.LocalHost.Local;

namespace Notify.LocalHost.Cli;

/// <summary>
/// Builds the app with its configuration, makes sure its storage is there, and runs a command
/// with it, turning start-up and storage failures into plain explanations instead of stack traces.
/// </summary>
public static class CommandServices
{
    /// <summary>Who audit lines name for a change made from the command line, where no API key is involved.</summary>
    public const string Actor = "scripts/notify (command line)";

    public static async Task<int> RunAsync(string[] args, Func<WebApplication, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
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
                return await action(app, cancellationToken);
            }
            catch (Exception exception) when (StorageErrorText.Describe(exception) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 3;
            }
        }
    }

    /// <summary>Runs a command that needs only the app's services, not its web server.</summary>
    public static Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken) =>
        RunAsync([], (app, ct) => action(app.Services, ct), cancellationToken);
}
