using Notify.Functions.Hosting;
using Notify.Storage;

namespace Notify.Functions.Cli;

/// <summary>
/// Runs a one-off command against the app's services (same configuration as the server, nothing
/// started), turning storage failures into the same plain explanations the server gives.
/// </summary>
public static class CommandServices
{
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = NotifyApp.Build([]);
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
                return await action(app.Services, cancellationToken);
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
        }
    }
}
