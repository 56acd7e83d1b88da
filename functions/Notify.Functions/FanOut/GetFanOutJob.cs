using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.FanOut;

/// <summary>GET /api/jobs/{jobId}: a fan-out job's counters (total, queued, sent, delivered, failed, suppressed, cancelled).</summary>
public sealed class GetFanOutJob(FanOutJobStore jobs)
{
    [Function(nameof(GetFanOutJob))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "jobs/{jobId}")] HttpRequest request, string jobId, CancellationToken cancellationToken) =>
        HandleAsync(jobId, jobs, cancellationToken);

    private static async Task<IResult> HandleAsync(string jobId, FanOutJobStore jobs, CancellationToken cancellationToken) =>
        await jobs.GetProgressAsync(jobId, cancellationToken) is { } progress
            ? Results.Ok(progress)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such job", detail: $"There is no fan-out job '{jobId}'.");
}
