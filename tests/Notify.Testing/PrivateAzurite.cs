using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Notify.Testing;

/// <summary>
/// An in-memory Azurite of a test's own, on free ports, started from the repository's node_modules: for tests that
/// must own the whole storage account (a season of the demo's real dates, storage going away and coming back).
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private PrivateAzurite(Process process, int blobPort)
    {
        _process = process;
        BlobPort = blobPort;
    }

    public int BlobPort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{BlobPort + 1}/devstoreaccount1;"
        + $"TableEndpoint=http://127.0.0.1:{BlobPort + 2}/devstoreaccount1;";

    public static async Task<PrivateAzurite> StartAsync(CancellationToken cancellationToken)
    {
        var executable = Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing; scripts/test.sh installs it (npm ci).");
        }

        var port = FreePortRun();
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--inMemoryPersistence",
                "--blobPort", $"{port}", "--queuePort", $"{port + 1}", "--tablePort", $"{port + 2}",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new PrivateAzurite(process, port);
        for (var waited = 0; !Enumerable.Range(port, 3).All(p => TestStorage.Accepts(new Uri($"http://127.0.0.1:{p}"))); waited++)
        {
            if (process.HasExited || waited > 100)
            {
                await azurite.DisposeAsync();
                throw new InvalidOperationException($"Azurite did not answer on 127.0.0.1:{port}-{port + 2}.");
            }

            await Task.Delay(200, cancellationToken);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>A port whose next two are free too (checked by binding each; a race with another process is unlikely and only fails the start).</summary>
    private static int FreePortRun()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            if (port < 65_000 && Enumerable.Range(port, 3).All(IsFree))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No three consecutive free ports on 127.0.0.1.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
