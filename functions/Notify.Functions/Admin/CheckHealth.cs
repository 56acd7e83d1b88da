using Notify.Functions.Hosting;

namespace Notify.Functions.Admin;

/// <summary>GET /api/health: whether storage is reachable. 200 when healthy, 503 when not.</summary>
public sealed class CheckHealth : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.PublicHttp(nameof(CheckHealth), "GET", "health");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(StorageHealth health, CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return Results.Json(report, statusCode: report.Status == "healthy" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
