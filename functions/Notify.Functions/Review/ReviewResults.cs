using System.Security.Claims;

namespace Notify.Functions.Review;

/// <summary>HTTP answers for review actions, and who the caller is for the audit trail.</summary>
public static class ReviewResults
{
    public static IResult From(ReviewOutcome outcome, HttpContext context)
    {
        if (outcome.Item is { } item)
        {
            context.Response.Headers.ETag = item.ETag;
            return Results.Ok(PolicyItemView.From(item));
        }

        return outcome.Kind switch
        {
            ReviewOutcomeKind.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such item", detail: outcome.Detail),
            ReviewOutcomeKind.Stale => Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Item changed", detail: outcome.Detail),
            ReviewOutcomeKind.Invalid => Results.ValidationProblem(outcome.Errors!, title: "The edit is not valid"),
            _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible now", detail: outcome.Detail),
        };
    }

    /// <summary>"name (key id)" of the API key making the request.</summary>
    public static string Actor(ClaimsPrincipal user) =>
        $"{user.Identity?.Name ?? "unknown"} ({user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?"})";

    public static string? IfMatch(HttpRequest request) =>
        request.Headers.IfMatch.Count > 0 ? request.Headers.IfMatch.ToString() : null;
}
