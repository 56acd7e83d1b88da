using Notify.Functions.Hosting;

namespace Notify.Functions.Units;

/// <summary>GET /api/units/{unitId}/contacts: the unit's WeCom user ids, phones and emails.</summary>
public sealed class GetUnitContacts : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(GetUnitContacts), "GET", "units/{unitId}/contacts");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string unitId, UnitContactEditor editor, CancellationToken cancellationToken) =>
        (await editor.FindAsync(unitId, cancellationToken)).ToResult();
}
