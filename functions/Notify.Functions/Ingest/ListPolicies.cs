using Notify.Functions.Hosting;

namespace Notify.Functions.Ingest;

/// <summary>GET /api/policies: every policy, newest first.</summary>
public sealed class ListPolicies : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(ListPolicies), "GET", "policies");

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(PolicyStore policies, CancellationToken cancellationToken) =>
        Results.Ok((await policies.ListAsync(cancellationToken)).Select(PolicyView.From));
}
