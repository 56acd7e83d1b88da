using System.Globalization;
using Notify.Functions.FanOut;
using Spectre.Console;

namespace Notify.LocalHost.Cli;

/// <summary>
/// Fan-out jobs on a Spectre console: a table of their counters, or, watched, live progress bars on a terminal and the
/// table again after every poll elsewhere (a log keeps each state as plain lines). A job with no recipients shows as
/// empty with its reason, never as done; the commonest reasons recipients were not reached follow the counters.
/// </summary>
public sealed class FanOutJobsView(IAnsiConsole console, Func<string, CancellationToken, Task<FanOutProgress?>> findProgress, TimeProvider time)
{
    /// <summary>Shows <paramref name="jobIds"/>, then with <paramref name="watch"/> polls until every one has finished; 1 when a job does not exist.</summary>
    public async Task<int> ShowAsync(IReadOnlyList<string> jobIds, bool watch, TimeSpan interval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        var jobs = await FindAllAsync(jobIds, cancellationToken);
        if (jobs is null)
        {
            return 1;
        }

        if (watch && console.Profile.Capabilities.Interactive)
        {
            return await WatchLiveAsync(jobs, interval, cancellationToken);
        }

        console.Write(ToTable(jobs));
        while (watch && !jobs.All(job => job.Finished))
        {
            await Task.Delay(interval, time, cancellationToken);
            if ((jobs = await FindAllAsync(jobIds, cancellationToken)) is null)
            {
                return 1;
            }

            console.WriteLine();
            console.Write(ToTable(jobs));
        }

        return 0;
    }

    public static Table ToTable(IEnumerable<FanOutProgress> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var table = new Table().AddColumns("job", "notice kind", "state");
        foreach (var counter in new[] { "done", "total", "queued", "sent", "delivered", "failed", "suppressed", "cancelled" })
        {
            table.AddColumn(new TableColumn(counter).RightAligned());
        }

        table.AddColumns("problem", "top reasons");

        foreach (var job in jobs)
        {
            string[] cells =
            [
                job.JobId, job.TemplateKind, job.State, Percent(job),
                .. new[] { job.Total, job.Queued, job.Sent, job.Delivered, job.Failed, job.Suppressed, job.Cancelled }.Select(Count),
                job.Problem ?? "", Reasons(job),
            ];
            table.AddRow(cells.Select(cell => new Text(cell)));
        }

        return table;
    }

    /// <summary>How far a job is, 0 to 1: done over total; a job with no recipients has done nothing.</summary>
    public static double Fraction(FanOutProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Total == 0 ? 0.0 : Math.Min(1.0, (double)progress.Done / progress.Total);
    }

    private async Task<int> WatchLiveAsync(List<FanOutProgress> jobs, TimeSpan interval, CancellationToken cancellationToken)
    {
        var exitCode = 0;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async context =>
            {
                var bars = jobs.ToDictionary(job => job.JobId, job => context.AddTask(job.JobId, maxValue: 1));
                while (true)
                {
                    foreach (var job in jobs)
                    {
                        bars[job.JobId].Description = Markup.Escape(Describe(job));
                        bars[job.JobId].Value = Fraction(job);
                    }

                    if (jobs.All(job => job.Finished))
                    {
                        return;
                    }

                    await Task.Delay(interval, time, cancellationToken);
                    if (await FindAllAsync([.. bars.Keys], cancellationToken) is not { } latest)
                    {
                        exitCode = 1;
                        return;
                    }

                    jobs = latest;
                }
            });
        return exitCode;
    }

    private static string Describe(FanOutProgress job) => string.Create(CultureInfo.InvariantCulture,
        $"{job.JobId} {job.TemplateKind}{(job.State == FanOutStates.Paging ? " (paging)" : "")}: total {job.Total:N0} sent {job.Sent:N0} delivered {job.Delivered:N0} failed {job.Failed:N0} suppressed {job.Suppressed:N0} cancelled {job.Cancelled:N0}{(job.Problem is null ? "" : $" — {job.Problem}")}");

    private async Task<List<FanOutProgress>?> FindAllAsync(IReadOnlyList<string> jobIds, CancellationToken cancellationToken)
    {
        var jobs = new List<FanOutProgress>(jobIds.Count);
        foreach (var id in jobIds)
        {
            if (await findProgress(id, cancellationToken) is not { } progress)
            {
                await Console.Error.WriteLineAsync($"There is no fan-out job '{id}'.");
                return null;
            }

            jobs.Add(progress);
        }

        return jobs;
    }

    private static string Percent(FanOutProgress job) =>
        job.State == FanOutStates.Empty ? "empty" : Fraction(job).ToString("P0", CultureInfo.InvariantCulture);

    private static string Reasons(FanOutProgress job) =>
        string.Join("; ", (job.TopReasons ?? []).Select(reason => string.Create(CultureInfo.InvariantCulture, $"{reason.Reason} ×{reason.Count:N0}")));

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
