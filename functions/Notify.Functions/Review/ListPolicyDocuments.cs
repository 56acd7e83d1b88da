using Notify.Functions.Hosting;

namespace Notify.Functions.Review;

/// <summary>GET /api/policies/{id}/documents: the documents found in a policy file.</summary>
public sealed class ListPolicyDocuments : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(ListPolicyDocuments), "GET", "policies/{id}/documents");

    public static Delegate Handler { get; } = HandleAsync;

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
