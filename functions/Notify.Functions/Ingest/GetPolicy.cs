using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Ingest;

/// <summary>GET /api/policies/{id}: a policy's record and status.</summary>
public sealed class GetPolicy(PolicyStore policies)
{
    [Function(nameof(GetPolicy))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies/{id}")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        HandleAsync(id, policies, cancellationToken);

    private static async Task<IResult> HandleAsync(string id, PolicyStore policies, CancellationToken cancellationToken)
    {
        var policy = await policies.FindByRouteIdAsync(id, cancellationToken);
        return policy is null
            ? PolicyProblems.NotFound(id)
            : Results.Ok(PolicyView.From(policy));
    }
}
