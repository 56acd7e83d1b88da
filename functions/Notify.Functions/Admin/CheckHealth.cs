using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Admin;

/// <summary>GET /api/health: whether storage is reachable. 200 when healthy, 503 when not.</summary>
public sealed class CheckHealth(StorageHealth health)
{
    [Function(nameof(CheckHealth))]
    [PublicEndpoint]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(health, cancellationToken);

    private static async Task<IResult> HandleAsync(StorageHealth health, CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return Results.Json(report, statusCode: report.Status == "healthy" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
