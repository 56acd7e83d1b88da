using System.Globalization;

namespace Notify.Functions.FanOut;

/// <summary>A job's counters as one line of text with a bar, for the CLI.</summary>
public static class ProgressBar
{
    public static string Render(FanOutProgress progress, int width = 30)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var fraction = progress.Total == 0 ? (progress.State == FanOutStates.Paged ? 1.0 : 0.0) : Math.Min(1.0, (double)progress.Done / progress.Total);
        var filled = (int)Math.Round(fraction * width);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{progress.JobId} {progress.TemplateKind,-24} [{new string('#', filled)}{new string('.', width - filled)}] {fraction,4:P0} "
            + $"total {progress.Total:N0} queued {progress.Queued:N0} sent {progress.Sent:N0} delivered {progress.Delivered:N0} "
            + $"failed {progress.Failed:N0} suppressed {progress.Suppressed:N0} cancelled {progress.Cancelled:N0}{(progress.State == FanOutStates.Paging ? " (paging)" : "")}");
    }
}
