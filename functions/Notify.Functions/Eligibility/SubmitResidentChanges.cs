using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Access;

namespace Notify.Functions.Eligibility;

/// <summary>POST /api/residents/changes: a JSON array of change events (<see cref="ResidentChangeJson"/>), queued all or none.</summary>
public sealed class SubmitResidentChanges(ResidentChangeIntake intake)
{
    [Function(nameof(SubmitResidentChanges))]
    [RequireApiKey(ApiRole.Operator)]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "residents/changes")] HttpRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, intake, cancellationToken);

    private static async Task<IResult> HandleAsync(HttpRequest request, ResidentChangeIntake intake, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return Invalid("The body is not JSON; send an array of change events.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Invalid("The body must be a JSON array of change events.");
            }

            var count = document.RootElement.GetArrayLength();
            if (count == 0 || count > ResidentChangeIntake.MaxEvents)
            {
                return Invalid($"Send between 1 and {ResidentChangeIntake.MaxEvents} change events; this request has {count}.");
            }

            var (events, readErrors) = ResidentChangeJson.Read(document.RootElement);
            var submission = await intake.SubmitAsync(events, readErrors, cancellationToken);
            if (submission.IsAccepted)
            {
                return Results.Accepted(value: new { accepted = submission.Accepted });
            }

            var invalid = submission.Errors.Select(error => error.Index).Distinct().Count();
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Some change events are not valid",
                detail: $"Nothing was accepted: {invalid} of {count} events have errors. Fix them and send the whole request again.",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = submission.Errors.Select(error => new { index = error.Index, field = error.Field, reason = error.Reason }).ToList(),
                });
        }
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a list of change events", detail: detail);
}
