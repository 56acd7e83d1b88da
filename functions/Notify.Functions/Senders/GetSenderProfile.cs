using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Senders;

/// <summary>GET /api/senders/{authorityId}: an authority's sender profile versions (newest first) and which one is in use.</summary>
public sealed class GetSenderProfile(SenderProfileStore store)
{
    [Function(nameof(GetSenderProfile))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "senders/{authorityId}")] HttpRequest request, string authorityId, CancellationToken cancellationToken) =>
        HandleAsync(authorityId, store, cancellationToken);

    private static async Task<IResult> HandleAsync(string authorityId, SenderProfileStore store, CancellationToken cancellationToken)
    {
        var (unit, problem) = SenderProfileWorkflow.Authority(authorityId);
        var head = unit is null ? null : await store.FindHeadAsync(authorityId, cancellationToken);
        if (head is null)
        {
            return SenderOutcome.NotFound(problem ?? $"{unit!.Name} ({authorityId}) has no sender profile yet: create it with PUT /api/senders/{authorityId}.").ToResult();
        }

        var versions = await store.ListVersionsAsync(authorityId, cancellationToken);
        return Results.Ok(new
        {
            head.AuthorityId,
            Authority = unit!.Name,
            head.LatestVersion,
            head.ActiveVersion,
            Versions = versions.OrderByDescending(version => version.Version).Select(SenderProfileView.From),
        });
    }
}
