namespace Notify.Functions.Ingest;

/// <summary>Answers for a policy id that names no policy, the same on every route under /policies/{id}.</summary>
public static class PolicyProblems
{
    public static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such policy", detail: $"There is no policy with id '{id}'.");
}
