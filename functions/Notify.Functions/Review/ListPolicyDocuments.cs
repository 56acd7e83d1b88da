using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Review;

/// <summary>GET /api/policies/{id}/documents: the documents found in a policy file.</summary>
public sealed class ListPolicyDocuments(PolicyItemStore store)
{
    [Function(nameof(ListPolicyDocuments))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies/{id}/documents")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        HandleAsync(id, store, cancellationToken);

    private static async Task<IResult> HandleAsync(string id, PolicyItemStore store, CancellationToken cancellationToken) =>
        Results.Ok((await store.ListDocumentsAsync(id, cancellationToken)).Select(stored => new
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
