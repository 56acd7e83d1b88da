namespace Notify.Functions.Senders;

/// <summary>How a sender profile action ended, with what to tell the admin.</summary>
public sealed record SenderOutcome(int Status, SenderProfile? Profile, string? Title, string? Detail, IDictionary<string, string[]>? Errors = null)
{
    public static SenderOutcome Done(SenderProfile profile, int status = StatusCodes.Status200OK) => new(status, profile, null, null);

    public static SenderOutcome NotFound(string detail) => new(StatusCodes.Status404NotFound, null, "No such sender profile", detail);

    public static SenderOutcome Conflict(string detail) => new(StatusCodes.Status409Conflict, null, "Not possible now", detail);

    public static SenderOutcome Invalid(IDictionary<string, string[]> errors) => new(StatusCodes.Status400BadRequest, null, "The sender profile is not valid", null, errors);

    public IResult ToResult() => this switch
    {
        { Profile: { } profile, Status: StatusCodes.Status201Created } =>
            Results.Created($"/api/senders/{profile.AuthorityId}/versions/{profile.Version}", SenderProfileView.From(profile)),
        { Profile: { } profile } => Results.Ok(SenderProfileView.From(profile)),
        { Errors: { } errors } => Results.ValidationProblem(errors, title: Title),
        _ => Results.Problem(statusCode: Status, title: Title, detail: Detail),
    };
}
