using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Senders;

/// <summary>GET /api/senders: every authority with a sender profile, its latest version and the approved one in use.</summary>
public sealed class ListSenderProfiles(SenderProfileStore store)
{
    [Function(nameof(ListSenderProfiles))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "senders")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(store, cancellationToken);

    private static async Task<IResult> HandleAsync(SenderProfileStore store, CancellationToken cancellationToken)
    {
        var listed = new List<object>();
        foreach (var head in await store.ListHeadsAsync(cancellationToken))
        {
            var active = head.ActiveVersion is { } version ? await store.FindVersionAsync(head.AuthorityId, version, cancellationToken) : null;
            listed.Add(new { head.AuthorityId, head.LatestVersion, head.ActiveVersion, Active = active?.Details });
        }

        return Results.Ok(listed);
    }
}
