using System.Net.Sockets;

namespace Notify.Testing;

/// <summary>
/// The storage account integration tests run against: <c>NOTIFY_TEST_STORAGE</c> or Azurite
/// (<c>UseDevelopmentStorage=true</c>), a reachability check, and collision-free resource names.
/// </summary>
public static class TestStorage
{
    public const string ConnectionStringVariable = "NOTIFY_TEST_STORAGE";

    /// <summary>The connection string in use (never printed: it may hold a real key).</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } configured
            ? configured
            : "UseDevelopmentStorage=true";

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

    /// <summary>Whether <paramref name="endpoint"/> accepts a TCP connection within three seconds.</summary>
    public static bool Accepts(Uri endpoint)
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
