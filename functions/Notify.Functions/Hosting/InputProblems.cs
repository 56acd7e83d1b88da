using System.Globalization;

namespace Notify.Functions.Hosting;

/// <summary>The problem responses for input over a limit or a request that ran too long; each names the limit.</summary>
public static class InputProblems
{
    public static string TooLongDetail(string field, int limit, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"'{field}' may be at most {limit} characters; it has {length}.");

    /// <summary>400 naming the field (a JSON path, route value or query parameter) and its limit.</summary>
    public static IResult TooLong(string field, int limit, int length) =>
        JsonBodyProblem.Problem(field, TooLongDetail(field, limit, length));

    public static IResult Invalid(string field, string detail) => JsonBodyProblem.Problem(field, detail);

    /// <summary>413 saying how large a body this route takes.</summary>
    public static IResult TooLarge(long limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: string.Create(CultureInfo.InvariantCulture, $"This operation takes a body of at most {limit} bytes ({limit / 1024} KB); nothing was read past that and nothing was stored."));

    /// <summary>400 for a body that could not be read as sent (it ended early, or its framing was wrong).</summary>
    public static IResult UnreadableBody(string reason) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest, title: "Request body could not be read", detail: reason);

    /// <summary>503 for work stopped at the route's time limit.</summary>
    public static IResult TimedOut(TimeSpan limit) => Results.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The request took too long",
        detail: string.Create(CultureInfo.InvariantCulture, $"The work was stopped after {limit.TotalSeconds:F0} seconds, this operation's limit. Try again later; if it keeps happening, send less at once."));
}
