using System.CommandLine;
using Notify.Functions.FanOut;

namespace Notify.LocalHost.Cli;

/// <summary><c>jobs [JOB_ID] [--watch]</c>: fan-out jobs with their counters, watched as progress bars.</summary>
public static class JobsCommand
{
    private static readonly TimeSpan WatchInterval = TimeSpan.FromSeconds(2);

    public static Command Create()
    {
        var jobId = new Argument<string?>("job") { Description = "One job's id; without it the newest jobs.", Arity = ArgumentArity.ZeroOrOne };
        var watch = new Option<bool>("--watch") { Description = "Redraw every 2 seconds until the job (or every listed job) has finished." };
        var top = new Option<int>("--top") { Description = "How many of the newest jobs to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("jobs", "Show fan-out jobs and their progress.") { jobId, watch, top };
        command.SetAction((parseResult, cancellationToken) => CommandServices.RunAsync(async (services, ct) =>
        {
            var jobs = services.GetRequiredService<FanOutJobStore>();
            var ids = parseResult.GetValue(jobId) is { } one ? [one] : (await jobs.ListJobIdsAsync(ct)).Take(parseResult.GetValue(top)).ToList();
            if (ids.Count == 0)
            {
                Console.WriteLine("No fan-out jobs yet.");
                return 0;
            }

            var view = new FanOutJobsView(TerminalAwareConsole.Create(Console.Out), jobs.GetProgressAsync, services.GetRequiredService<TimeProvider>());
            return await view.ShowAsync(ids, parseResult.GetValue(watch), WatchInterval, ct);
        }, cancellationToken));
        return command;
    }
}
