using Notify.Functions.Hosting;

namespace Notify.Functions.FanOut;

/// <summary>GET /api/jobs/{jobId}: a fan-out job's counters (total, queued, sent, delivered, failed, suppressed, cancelled).</summary>
public sealed class GetFanOutJob : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(GetFanOutJob), "GET", "jobs/{jobId}");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string jobId, FanOutJobStore jobs, CancellationToken cancellationToken) =>
        await jobs.GetProgressAsync(jobId, cancellationToken) is { } progress
            ? Results.Ok(progress)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such job", detail: $"There is no fan-out job '{jobId}'.");
}
