using Azure.Identity;
using Notify.Storage;

namespace Notify.Functions.Hosting;

/// <summary>
/// Builds the storage account from the Functions connection setting: <c>AzureWebJobsStorage</c> as a
/// connection string, or <c>AzureWebJobsStorage__accountName</c> (+ optional <c>__clientId</c>) for a
/// managed identity. Locally, with neither set, Azurite's development storage.
/// </summary>
public static class StorageAccountFactory
{
    public const string Setting = "AzureWebJobsStorage";

    /// <remarks>
    /// Requests are signed with real time even when the app runs on a simulated business clock:
    /// the service rejects signatures dated more than 15 minutes away from its own clock.
    /// </remarks>
    public static StorageAccount Create(IConfiguration configuration, HostingMode mode)
    {
        var options = new StorageClientOptions { TimeProvider = TimeProvider.System };
        var connectionString = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return StorageAccount.FromConnectionString(connectionString, options);
        }

        var accountName = configuration[$"{Setting}:accountName"];
        if (!string.IsNullOrWhiteSpace(accountName))
        {
            var clientId = configuration[$"{Setting}:clientId"];
            var credential = string.IsNullOrWhiteSpace(clientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
            return StorageAccount.FromCredential(accountName, credential, options);
        }

        return mode == HostingMode.Local
            ? StorageAccount.FromConnectionString("UseDevelopmentStorage=true", options)
            : throw new InvalidOperationException(
                $"Set {Setting} (a connection string) or {Setting}__accountName (managed identity) in the app settings.");
    }
}
