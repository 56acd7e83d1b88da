using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.FanOut;

/// <summary>GET /api/jobs[?top=20]: the newest fan-out jobs with their counters.</summary>
public sealed class ListFanOutJobs(FanOutJobStore jobs)
{
    [Function(nameof(ListFanOutJobs))]
    [RequireApiKey]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "jobs")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.TryQuery<int>("top", out var top, out var topProblem))
        {
            return topProblem;
        }

        return await HandleAsync(top, jobs, cancellationToken);
    }

    private static async Task<IResult> HandleAsync(int? top, FanOutJobStore jobs, CancellationToken cancellationToken)
    {
        var progress = new List<FanOutProgress>();
        foreach (var jobId in (await jobs.ListJobIdsAsync(cancellationToken)).Take(Math.Clamp(top ?? 20, 1, 200)))
        {
            if (await jobs.GetProgressAsync(jobId, cancellationToken) is { } job)
            {
                progress.Add(job);
            }
        }

        return Results.Ok(progress);
    }
}
