using Notify.Functions.Access;
using Notify.Functions.Hosting;

namespace Notify.Functions.Ingest;

/// <summary>POST /api/policies: takes in a policy document and queues it for parsing.</summary>
public sealed class SubmitPolicy : IHttpFunction
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Http(nameof(SubmitPolicy), "POST", "policies", ApiRole.Editor);

    public static Delegate Handler { get; } = HandleAsync;

    private static async Task<IResult> HandleAsync(HttpRequest request, PolicyIntake intake, CancellationToken cancellationToken)
    {
        var (submission, problem) = await PolicyUploadReader.ReadAsync(request, cancellationToken);
        if (submission is null)
        {
            return problem!.ToResult();
        }

        var policy = await intake.AcceptAsync(submission, cancellationToken);
        var view = PolicyView.From(policy);
        return Results.Accepted(view.Href, view);
    }
}
