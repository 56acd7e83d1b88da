using Notify.Core.Channels;
using Notify.Functions.Channels;
using Azure;
using Notify.Functions.Storage;

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
                await output.WriteLineAsync(await DescribeAsync(summary, stopping.Token));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Ctrl+C or the host stopping: fall through to a clean stop.
        }

        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>A storage hiccup costs one summary line, not the running app.</summary>
    private static async Task<string> DescribeAsync(ActivitySummary summary, CancellationToken cancellationToken)
    {
        try
        {
            return await summary.DescribeAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RequestFailedException || StorageFailures.IsUnreachable(exception))
        {
            return $"summary unavailable this time: {exception.GetType().Name}";
        }
    }
}
