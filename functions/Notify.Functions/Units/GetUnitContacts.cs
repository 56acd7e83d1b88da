using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Units;

/// <summary>GET /api/units/{unitId}/contacts: the unit's WeCom user ids, phones and emails.</summary>
public sealed class GetUnitContacts(UnitContactEditor editor)
{
    [Function(nameof(GetUnitContacts))]
    [RequireApiKey]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "units/{unitId}/contacts")] HttpRequest request, string unitId, CancellationToken cancellationToken) =>
        HandleAsync(unitId, editor, cancellationToken);

    private static async Task<IResult> HandleAsync(string unitId, UnitContactEditor editor, CancellationToken cancellationToken) =>
        (await editor.FindAsync(unitId, cancellationToken)).ToResult();
}
