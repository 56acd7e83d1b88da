using Notify.Core.Channels;
using Notify.Functions.Channels;
using Azure;
using Notify.Functions.Storage;
using Notify.LocalHost.Local;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step g: runs the app like <c>serve</c> (HTTP API, queue and timer triggers) and prints a one-line summary of
/// fan-out and delivery every <see cref="SummaryEvery"/> until the app stops.
/// </summary>
public static class DemoServing
{
    public static readonly TimeSpan SummaryEvery = TimeSpan.FromSeconds(30);

    /// <param name="notes">Lines to print once the app is listening (where things are).</param>
    public static async Task RunAsync(WebApplication app, TextWriter output, IReadOnlyList<string> notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(notes);
        var summary = ActivatorUtilities.CreateInstance<ActivitySummary>(app.Services);
        var outage = app.Services.GetRequiredService<StorageOutage>();
        var channels = app.Services.GetRequiredService<ChannelOptions>();
        var modes = string.Join(", ", Enum.GetValues<ChannelKind>().Select(kind => $"{kind} {channels.ModeFor(kind).ToString().ToLowerInvariant()}"));

        await app.StartAsync(cancellationToken);
        await output.WriteLineAsync($"demo [g] serving on {string.Join(", ", app.Urls)}; channels: {modes}");
        if (Enum.GetValues<ChannelKind>().Any(kind => channels.ModeFor(kind) == ChannelMode.Live))
        {
            await output.WriteLineAsync("  WARNING: a channel is live — due notices will really be sent. Set Notify:Channels:Mode=sandbox for a demo.");
        }

        foreach (var note in notes)
        {
            await output.WriteLineAsync(note);
        }

        await output.WriteLineAsync($"  a summary line every {SummaryEvery.TotalSeconds:0} s; Ctrl+C stops");
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        using var timer = new PeriodicTimer(SummaryEvery, app.Services.GetRequiredService<TimeProvider>());
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                if (await DescribeAsync(summary, outage, stopping.Token) is { } line)
                {
                    await output.WriteLineAsync(line);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Ctrl+C or the host stopping: fall through to a clean stop.
        }

        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>
    /// A storage error costs one summary line, not the running app; while storage is unreachable the summary is
    /// skipped and the outage reported once, with every other poller's.
    /// </summary>
    private static async Task<string?> DescribeAsync(ActivitySummary summary, StorageOutage outage, CancellationToken cancellationToken)
    {
        try
        {
            var line = await summary.DescribeAsync(cancellationToken);
            outage.Reachable();
            return line;
        }
        catch (Exception exception) when (StorageFailures.IsUnreachable(exception))
        {
            outage.Unreachable(exception);
            return null;
        }
        catch (RequestFailedException exception)
        {
            return $"summary unavailable this time: {exception.Status} {exception.ErrorCode}";
        }
    }
}
