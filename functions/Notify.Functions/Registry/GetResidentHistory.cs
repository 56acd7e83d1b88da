using Microsoft.Azure.Functions.Worker;
using Notify.Core.Extraction;
using Notify.Functions.Access;
using Notify.Functions.Deliver;

namespace Notify.Functions.Registry;

/// <summary>GET /api/residents/{residentId}/history: every message sent to a resident, with channel, status, template kind and version, job and time.</summary>
public sealed class GetResidentHistory(ResidentStore residents, RecipientHistory history)
{
    [Function(nameof(GetResidentHistory))]
    [RequireApiKey(ApiRole.Operator, ApiRole.Auditor)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "residents/{residentId}/history")] HttpRequest request, string residentId, CancellationToken cancellationToken) =>
        HandleAsync(residentId, residents, history, cancellationToken);

    private static async Task<IResult> HandleAsync(string residentId, ResidentStore residents, RecipientHistory history, CancellationToken cancellationToken)
    {
        var entries = await history.ForAsync(ItemAudience.Residents, residentId, cancellationToken);
        return entries.Count == 0 && await residents.FindByIdAsync(residentId, cancellationToken) is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such resident", detail: $"There is no resident '{residentId}' and nothing was sent to that id.")
            : Results.Ok(new { residentId, messages = entries });
    }
}
