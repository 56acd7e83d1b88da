using Azure.Identity;
using Azure.Storage.Queues;
using Notify.Functions.Storage;

namespace Notify.Functions.Hosting;

/// <summary>
/// Builds the storage clients from the Functions connection setting: <c>AzureWebJobsStorage</c> as a connection
/// string, or <c>AzureWebJobsStorage__accountName</c> for Entra ID: with <c>__clientId</c> that user-assigned managed
/// identity, otherwise the system-assigned one. Locally, with neither set, Azurite's development storage.
/// </summary>
public static class StorageAccountFactory
{
    public const string Setting = "AzureWebJobsStorage";

    public static StorageClients Create(IConfiguration configuration, HostingMode mode, QueueMessageEncoding encoding)
    {
        var connectionString = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return StorageClients.FromConnectionString(connectionString, encoding);
        }

        var accountName = configuration[$"{Setting}:accountName"];
        if (!string.IsNullOrWhiteSpace(accountName))
        {
            return StorageClients.FromCredential(accountName, Credential(configuration[$"{Setting}:clientId"]), encoding);
        }

        return mode == HostingMode.Local
            ? StorageClients.FromConnectionString("UseDevelopmentStorage=true", encoding)
            : throw new InvalidOperationException(
                $"Set {Setting} (a connection string) or {Setting}__accountName (managed identity) in the app settings.");
    }

    private static ManagedIdentityCredential Credential(string? clientId) => string.IsNullOrWhiteSpace(clientId)
        ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
        : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
}
