using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Notify.Functions.Hosting;
using Notify.Testing;

namespace Notify.Functions.Tests.CrashSafety;

/// <summary>
/// The built app (Notify.LocalHost.dll of the configuration these tests were built in) run as a separate
/// <c>serve</c> process in local mode against the test storage, so a test can SIGKILL it and start it again.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 40;

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public Uri BaseAddress { get; }

    /// <summary>The built app for the configuration and framework of this test assembly (bin/&lt;Configuration&gt;/&lt;tfm&gt;).</summary>
    public static string AppDll
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(RepositoryPaths.Root, "functions", "Notify.LocalHost", "bin", configuration, framework.Name, "Notify.LocalHost.dll");
            return File.Exists(dll)
                ? dll
                : throw new InvalidOperationException($"{dll} is missing: build the solution ({configuration}) before running the tests.");
        }
    }

    /// <summary>Starts the app with <paramref name="settings"/> as environment variables and waits until it answers on /api/health.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var argument in new[] { AppDll, "serve", "--urls", baseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[StorageAccountFactory.Setting] = TestStorage.ConnectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), baseAddress);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitHealthyAsync();
        return app;
    }

    /// <summary>SIGKILL on Linux: no shutdown code runs, in-flight messages and rows stay as they are.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public string Output()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Environment.TickCount64 + 60_000;
        while (Environment.TickCount64 < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited at start ({_process.ExitCode}):{Environment.NewLine}{Output()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("api/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The app did not answer on {BaseAddress}api/health within 60 s:{Environment.NewLine}{Output()}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > OutputLinesKept)
            {
                _output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
