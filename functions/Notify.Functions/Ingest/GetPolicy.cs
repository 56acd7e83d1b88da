using System.Text.RegularExpressions;
using Notify.Functions.Hosting;

namespace Notify.Functions.Ingest;

/// <summary>GET /api/policies/{id}: a policy's record and status.</summary>
public sealed partial class GetPolicy : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(GetPolicy), "GET", "policies/{id}");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(string id, PolicyStore policies, CancellationToken cancellationToken)
    {
        var policy = PolicyId().IsMatch(id) ? await policies.FindAsync(id, cancellationToken) : null;
        return policy is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such policy", detail: $"There is no policy with id '{id}'.")
            : Results.Ok(PolicyView.From(policy));
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex PolicyId();
}
