using Microsoft.Azure.Functions.Worker;
using Notify.Core.Extraction;
using Notify.Core.Units;
using Notify.Functions.Access;
using Notify.Functions.Deliver;

namespace Notify.Functions.Units;

/// <summary>GET /api/units/{unitId}/history: every message sent to a unit (or to it standing in for others), with channel, status, template kind and version, job and time.</summary>
public sealed class GetUnitHistory(RecipientHistory history)
{
    [Function(nameof(GetUnitHistory))]
    [RequireApiKey(ApiRole.Operator, ApiRole.Auditor)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "units/{unitId}/history")] HttpRequest request, string unitId, CancellationToken cancellationToken) =>
        HandleAsync(unitId, history, cancellationToken);

    private static async Task<IResult> HandleAsync(string unitId, RecipientHistory history, CancellationToken cancellationToken)
    {
        var entries = await history.ForAsync(ItemAudience.Units, unitId, cancellationToken);
        return entries.Count == 0 && UnitDirectory.LoadDefault().Find(unitId) is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such unit", detail: $"There is no unit '{unitId}' in the directory and nothing was sent to that id.")
            : Results.Ok(new { unitId, messages = entries });
    }
}
