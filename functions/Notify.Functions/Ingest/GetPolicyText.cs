using Microsoft.Azure.Functions.Worker;
using Notify.Core.Text;
using Notify.Functions.Access;
using Notify.Functions.Storage;

namespace Notify.Functions.Ingest;

/// <summary>
/// GET /api/policies/{id}/text: the text item line numbers and quotes refer to, as UTF-8 plain text — the
/// decoded source for a text upload, the text read at upload for a PDF, DOCX or HTML file.
/// </summary>
public sealed class GetPolicyText(PolicyStore policies, StorageClients storage)
{
    [Function(nameof(GetPolicyText))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "policies/{id}/text")] HttpRequest request, string id, CancellationToken cancellationToken) =>
        HandleAsync(id, policies, storage, cancellationToken);

    private static async Task<IResult> HandleAsync(string id, PolicyStore policies, StorageClients storage, CancellationToken cancellationToken)
    {
        var policy = await policies.FindByRouteIdAsync(id, cancellationToken);
        if (policy is null)
        {
            return PolicyProblems.NotFound(id);
        }

        var text = await PolicyTextSource.ReadAsync(storage, policy, cancellationToken);
        return Results.Text(PolicyTextSource.IsKeptText(policy) ? text.ToString() : PolicyTextDecoder.Decode(text.ToMemory().Span).Text,
            "text/plain; charset=utf-8");
    }
}
