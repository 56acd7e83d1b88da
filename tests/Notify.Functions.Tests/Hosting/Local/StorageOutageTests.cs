using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Support;
using Notify.LocalHost.Local;

namespace Notify.Functions.Tests.Hosting.Local;

/// <summary>The local host against its own Azurite, stopped and started again while every queue listener polls.</summary>
public sealed class StorageOutageTests : IDisposable
{
    private const string Unreachable = "Storage is unreachable";
    private const string Back = "Storage answers again";

    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task LocalHost_StorageStoppedThenStarted_LogsOneLineEachWayAndNothingPerPoll()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        await using var app = await NotifyTestApp.StartAsync(
            services => services.AddLogging(logging => logging.AddProvider(_logs)),
            new Dictionary<string, string?>
            {
                [StorageAccountFactory.Setting] = azurite.ConnectionString,
                ["Logging:LogLevel:Notify.LocalHost.Local.StorageOutage"] = "Information",
            });
        var before = _logs.Lines.Count;

        await azurite.StopAsync();
        await Eventually.ReturnsAsync(() => Lines(Unreachable), lines => lines.Count > 0, "the line saying storage is unreachable", timeoutSeconds: 60);
        // Long enough for every listener to fail several polls (each failed poll spends about 4 s in retries).
        await Task.Delay(TimeSpan.FromSeconds(12));
        await azurite.StartAsync();
        await Eventually.ReturnsAsync(() => Lines(Back), lines => lines.Count > 0, "the line saying storage answers again", timeoutSeconds: 60);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var down = Assert.Single(Lines(Unreachable));
        Assert.StartsWith("Warning Notify.LocalHost.Local.StorageOutage: ", down, StringComparison.Ordinal);
        Assert.Contains($"at http://127.0.0.1:{azurite.QueuePort}/devstoreaccount1", down, StringComparison.Ordinal);
        Assert.Contains("Connection refused", down, StringComparison.Ordinal);
        Assert.StartsWith("Information Notify.LocalHost.Local.StorageOutage: ", Assert.Single(Lines(Back)), StringComparison.Ordinal);
        var problems = _logs.Lines.Skip(before).Where(line => line.StartsWith("Warning", StringComparison.Ordinal) || line.StartsWith("Error", StringComparison.Ordinal));
        Assert.Equal([down], problems);
    }

    [Fact]
    public void UnreachableAndReachable_RepeatedReports_OneLineForEachChangeOnly()
    {
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Information));
        var outage = new StorageOutage(loggers.CreateLogger<StorageOutage>());
        var refused = new HttpRequestException("Connection refused (127.0.0.1:10001)");

        outage.Reachable();
        outage.Unreachable(refused, new Uri("http://127.0.0.1:10001/devstoreaccount1"));
        outage.Unreachable(refused);
        Assert.True(outage.IsOngoing);
        outage.Reachable();
        outage.Reachable();
        outage.Unreachable(refused);

        Assert.Collection(
            _logs.Lines,
            line => Assert.StartsWith("Warning Notify.LocalHost.Local.StorageOutage: Storage is unreachable at http://127.0.0.1:10001/devstoreaccount1: Connection refused (127.0.0.1:10001).", line, StringComparison.Ordinal),
            line => Assert.StartsWith("Information Notify.LocalHost.Local.StorageOutage: Storage answers again at http://127.0.0.1:10001/devstoreaccount1, after ", line, StringComparison.Ordinal),
            line => Assert.StartsWith("Warning Notify.LocalHost.Local.StorageOutage: Storage is unreachable at the storage account:", line, StringComparison.Ordinal));
    }

    private List<string> Lines(string text) => [.. _logs.Lines.Where(line => line.Contains(text, StringComparison.Ordinal))];
}
