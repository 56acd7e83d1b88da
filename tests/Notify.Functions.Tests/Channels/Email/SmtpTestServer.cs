using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Notify.Testing;

namespace Notify.Functions.Tests.Channels.Email;

/// <summary>
/// tests/smtp/server.js (npm smtp-server) on a loopback port, writing what it receives to a temporary
/// folder. STARTTLS uses a certificate the server makes at start; the channel under test trusts it by its fingerprint.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string User = "notify";
    public const string Password = "s3cret-pass";

    private readonly Process _process;

    private SmtpTestServer(Process process, int port, string outFolder, string? certificateSha256)
    {
        _process = process;
        Port = port;
        OutFolder = outFolder;
        CertificateSha256 = certificateSha256;
    }

    public int Port { get; }

    public string OutFolder { get; }

    public bool StartTls => CertificateSha256 is not null;

    /// <summary>The SHA-256 fingerprint of the certificate made for STARTTLS, for the channel to trust; null without STARTTLS.</summary>
    public string? CertificateSha256 { get; }

    public static async Task<SmtpTestServer> StartAsync(bool starttls = true, bool requireAuth = false)
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "smtp", "server.js");
        if (!Directory.Exists(Path.Combine(RepositoryPaths.Root, "node_modules", "smtp-server")))
        {
            throw new InvalidOperationException("npm package smtp-server is missing: run `npm ci` in the repository root.");
        }

        var outFolder = Directory.CreateTempSubdirectory("notify-smtp-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, "--port", "0", "--out", outFolder })
        {
            start.ArgumentList.Add(argument);
        }

        if (!starttls)
        {
            start.ArgumentList.Add("--no-starttls");
        }

        if (requireAuth)
        {
            start.ArgumentList.Add("--auth");
            start.ArgumentList.Add($"{User}:{Password}");
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("The SMTP tests need Node.js ('node' on PATH) to run tests/smtp/server.js.", exception);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            throw new InvalidOperationException($"tests/smtp/server.js exited before listening: {error}");
        }

        using var ready = JsonDocument.Parse(line);
        var port = ready.RootElement.GetProperty("port").GetInt32();
        var certificate = starttls
            ? ready.RootElement.GetProperty("certSha256").GetString() ?? throw new InvalidOperationException("The SMTP server made no certificate (is openssl installed?).")
            : null;
        return new SmtpTestServer(process, port, outFolder, certificate);
    }

    /// <summary>The raw messages received so far, oldest first, waiting up to a few seconds for <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForMessagesAsync(int count)
    {
        for (var i = 0; i < 100; i++)
        {
            var files = Directory.GetFiles(OutFolder, "*.eml").Order(StringComparer.Ordinal).ToList();
            if (files.Count >= count)
            {
                return files.Select(file => ReceivedEmail.Parse(File.ReadAllBytes(file))).ToList();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Expected {count} messages in {OutFolder}.");
    }

    public int MessageCount => Directory.GetFiles(OutFolder, "*.eml").Length;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
        Directory.Delete(OutFolder, recursive: true);
    }
}
