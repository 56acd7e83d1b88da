using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Notify.Testing;

namespace Notify.Functions.Tests.Support;

/// <summary>
/// A private Azurite on free loopback ports, which a test may stop and start again: its data is kept on disk in a
/// temporary folder, so queues and tables are still there after a restart. Uses the repository's npm Azurite
/// (node_modules/.bin/azurite), or the one named by NOTIFY_AZURITE.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder = Directory.CreateTempSubdirectory("notify-azurite-").FullName;
    private readonly int[] _ports = [FreePort(), FreePort(), FreePort()];
    private Process? _process;

    public int BlobPort => _ports[0];

    public int QueuePort => _ports[1];

    public int TablePort => _ports[2];

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};"
        + $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        return azurite;
    }

    /// <summary>Starts Azurite and waits until all three services accept connections.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--location", _folder,
            "--blobPort", $"{BlobPort}", "--queuePort", $"{QueuePort}", "--tablePort", $"{TablePort}"])
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        await Eventually.ReturnsAsync(() => AcceptsAllAsync(), accepting => accepting, "Azurite to accept connections");
    }

    /// <summary>Stops Azurite as an operator pressing Ctrl+C does (SIGINT), so it saves its data and frees its ports.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        using (var interrupt = Process.Start("kill", ["-INT", $"{_process.Id}"]))
        {
            await interrupt.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Executable()
    {
        var path = Environment.GetEnvironmentVariable("NOTIFY_AZURITE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepositoryPaths.Root, "node_modules", ".bin", "azurite");
        return File.Exists(path) ? path : throw new InvalidOperationException($"Azurite is missing at {path}: run `npm ci` in the repository root or set NOTIFY_AZURITE.");
    }

    private async Task<bool> AcceptsAllAsync()
    {
        foreach (var port in _ports)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
            }
            catch (SocketException)
            {
                return false;
            }
        }

        return true;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
