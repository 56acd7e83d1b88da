using Notify.Functions.Hosting;

namespace Notify.Functions.FanOut;

/// <summary>GET /api/jobs[?top=20]: the newest fan-out jobs with their counters.</summary>
public sealed class ListFanOutJobs : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(ListFanOutJobs), "GET", "jobs");

    public static Delegate Handler { get; } = HandleAsync;

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
