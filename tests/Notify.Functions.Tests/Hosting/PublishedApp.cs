using System.Diagnostics;
using System.Text.Json;
using Notify.Testing;

namespace Notify.Functions.Tests.Hosting;

/// <summary>
/// The isolated-worker app published once (<c>dotnet publish --no-build</c> of the configuration these tests were
/// built in) into a temporary folder: the deployable folder Azure runs, and its functions.metadata.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    public PublishedApp()
    {
        Folder = Path.Combine(Path.GetTempPath(), "notify-publish-" + Guid.NewGuid().ToString("N"));
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var project = Path.Combine(RepositoryPaths.Root, "functions", "Notify.Functions", "Notify.Functions.csproj");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            ArgumentList = { "publish", project, "--configuration", configuration, "--no-build", "--nologo", "--output", Folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish did not finish within 5 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        }

        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "functions.metadata")));
        Functions = metadata.RootElement.EnumerateArray().Select(PublishedFunction.From).ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    public string Folder { get; }

    /// <summary>functions.metadata, by function name.</summary>
    public IReadOnlyDictionary<string, PublishedFunction> Functions { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
