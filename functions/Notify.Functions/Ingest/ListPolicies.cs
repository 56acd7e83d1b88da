using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Ingest;

/// <summary>GET /api/policies: every policy, newest first.</summary>
public sealed class ListPolicies(PolicyStore policies)
{
    [Function(nameof(ListPolicies))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(policies, cancellationToken);

    private static async Task<IResult> HandleAsync(PolicyStore policies, CancellationToken cancellationToken) =>
        Results.Ok((await policies.ListAsync(cancellationToken)).Select(PolicyView.From));
}
