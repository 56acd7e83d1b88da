using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Units;

/// <summary>PUT /api/units/{unitId}/contacts: replace the unit's contacts; 400 with every invalid value by field.</summary>
public sealed class SetUnitContacts : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } =
        FunctionDeclaration.Http(nameof(SetUnitContacts), "PUT", "units/{unitId}/contacts", ApiRole.Operator, ApiRole.Editor);

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string unitId, UnitContactChange change, UnitContactEditor editor, CancellationToken cancellationToken) =>
        (await editor.ReplaceAsync(unitId, change, cancellationToken)).ToResult();
}
