using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Ingest;

/// <summary>POST /api/policies: takes in a policy document and queues it for parsing.</summary>
public sealed class SubmitPolicy(PolicyIntake intake)
{
    [Function(nameof(SubmitPolicy))]
    [RequireApiKey(ApiRole.Editor)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "policies")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, intake, cancellationToken);

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
