using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Review;

namespace Notify.Functions.Units;

/// <summary>PUT /api/units/{unitId}/contacts: replace the unit's contacts; 400 with every invalid value by field.</summary>
public sealed class SetUnitContacts(UnitContactEditor editor)
{
    [Function(nameof(SetUnitContacts))]
    [RequireApiKey(ApiRole.Operator, ApiRole.Editor)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "units/{unitId}/contacts")] HttpRequest request, string unitId, CancellationToken cancellationToken)
    {
        var json = await request.ReadJsonAsync<UnitContactChange>(optional: false, cancellationToken);
        if (json.Problem is { } invalidJson)
        {
            return invalidJson;
        }

        return await HandleAsync(unitId, json.Value!, editor, ReviewResults.Actor(request.HttpContext.User), cancellationToken);
    }

    private static async Task<IResult> HandleAsync(string unitId, UnitContactChange change, UnitContactEditor editor, string actor, CancellationToken cancellationToken) =>
        (await editor.ReplaceAsync(unitId, change, actor, cancellationToken)).ToResult();
}
