using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests;

/// <summary>The app's storage clients on the test account, shared by the integration tests.</summary>
public static class TestAccount
{
    private static readonly Lazy<StorageClients> LazyClients = new(Connect, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared clients; throws a clear error if the account's endpoints do not accept connections.</summary>
    public static StorageClients Clients => LazyClients.Value;

    private static StorageClients Connect()
    {
        var clients = StorageClients.FromConnectionString(TestStorage.ConnectionString);
        foreach (var (service, endpoint) in new[]
                 {
                     ("blob", clients.BlobEndpoint), ("queue", clients.QueueEndpoint), ("table", clients.TableEndpoint),
                 })
        {
            if (!TestStorage.Accepts(endpoint))
            {
                throw new InvalidOperationException(
                    $"The test storage {service} endpoint {endpoint} is not reachable. Run the tests with scripts/test.sh, "
                    + $"which starts an in-memory Azurite, or start Azurite yourself, or point {TestStorage.ConnectionStringVariable} at a reachable account.");
            }
        }

        return clients;
    }
}
