using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Ingest;

namespace Notify.Functions.Review;

/// <summary>GET /api/policies/{id}/documents: the documents found in a policy file; an unknown policy is a 404.</summary>
public sealed class ListPolicyDocuments(PolicyItemStore store, PolicyStore policies)
{
    [Function(nameof(ListPolicyDocuments))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies/{id}/documents")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        HandleAsync(id, store, policies, cancellationToken);

    private static async Task<IResult> HandleAsync(string id, PolicyItemStore store, PolicyStore policies, CancellationToken cancellationToken) =>
        await policies.FindAsync(id, cancellationToken) is null ? PolicyProblems.NotFound(id) : Results.Ok((await store.ListDocumentsAsync(id, cancellationToken)).Select(stored => new
        {
            stored.Index,
            stored.Document.DocNumber,
            stored.Document.Title,
            stored.Document.Issuer,
            stored.Document.Signed,
            stored.Document.Line,
            stored.Document.Addressees,
            stored.Document.Public,
        }));
}
