using Azure;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Cli;

/// <summary>Explains a storage failure at start in one paragraph a person can act on.</summary>
public static class StorageErrorText
{
    public static string Unreachable(Exception exception) =>
        $"Notify cannot reach Azure Storage ({StorageFailures.Reason(exception)}). Locally, Notify keeps its state in Azurite, "
        + "the storage emulator: run 'scripts/run-local.sh' from the repository root (it starts Azurite for you), or start "
        + "Azurite yourself with 'npx azurite --location .azurite --skipApiVersionCheck' and run Notify again. "
        + "To use another account, set AzureWebJobsStorage to its connection string.";

    /// <summary>The paragraph for a storage failure (unreachable, or the service refused), or null for any other exception.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        _ when StorageFailures.IsUnreachable(exception) => Unreachable(exception),
        RequestFailedException refused => Failed(refused),
        _ => null,
    };

    public static string Failed(RequestFailedException exception) =>
        $"Notify could not prepare its storage: the service answered {exception.Status} {exception.ErrorCode}. {exception.Message}";
}
