using System.Net.Sockets;
using Notify.Storage;

namespace Notify.Testing;

/// <summary>
/// The storage account integration tests run against: <c>NOTIFY_TEST_STORAGE</c> or Azurite
/// (<c>UseDevelopmentStorage=true</c>), plus collision-free resource names.
/// </summary>
public static class TestStorage
{
    public const string ConnectionStringVariable = "NOTIFY_TEST_STORAGE";

    private static readonly Lazy<StorageAccount> LazyAccount = new(Connect, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The connection string in use (never printed: it may hold a real key).</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured
            ? configured
            : "UseDevelopmentStorage=true";

    /// <summary>The shared account; throws a clear error if its endpoints do not accept connections.</summary>
    public static StorageAccount Account => LazyAccount.Value;

    /// <summary>
    /// A fresh queue or container name: "{prefix}-{16 hex}", lowercase, at most 41 characters so that
    /// "{name}-poison" is still a valid queue name.
    /// </summary>
    public static string UniqueName(string prefix)
    {
        var stem = Stem(prefix.ToLowerInvariant(), "q");
        return $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 17)];
    }

    /// <summary>A fresh table name: "{prefix}{16 hex}", letters and digits only, starting with a letter.</summary>
    public static string UniqueTableName(string prefix)
    {
        var stem = Stem(prefix, "T");
        return $"{stem}{Guid.NewGuid():N}"[..(stem.Length + 16)];
    }

    private static string Stem(string prefix, string fallback)
    {
        var stem = new string(prefix.Where(char.IsAsciiLetterOrDigit).Take(24).ToArray());
        return stem.Length > 0 && char.IsAsciiLetter(stem[0]) ? stem : fallback + stem[..Math.Min(stem.Length, 23)];
    }

    private static StorageAccount Connect()
    {
        var account = StorageAccount.FromConnectionString(ConnectionString);
        foreach (var (service, endpoint) in new[]
                 {
                     ("blob", account.BlobEndpoint), ("queue", account.QueueEndpoint), ("table", account.TableEndpoint),
                 })
        {
            if (!Accepts(endpoint))
            {
                throw new InvalidOperationException(
                    $"The test storage {service} endpoint {endpoint} is not reachable. Run the tests with scripts/test.sh, "
                    + $"which starts an in-memory Azurite, or start Azurite yourself, or point {ConnectionStringVariable} at a reachable account.");
            }
        }

        return account;
    }

    private static bool Accepts(Uri endpoint)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token).AsTask().GetAwaiter().GetResult();
            return true;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
