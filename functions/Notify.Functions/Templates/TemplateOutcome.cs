namespace Notify.Functions.Templates;

/// <summary>How a template action ended, with what to tell the admin.</summary>
public sealed record TemplateOutcome(int Status, TemplateVersion? Version, string? Title, string? Detail)
{
    public static TemplateOutcome Done(TemplateVersion? version) => new(StatusCodes.Status200OK, version, null, null);

    public static TemplateOutcome NotFound(string key, int version) =>
        new(StatusCodes.Status404NotFound, null, "No such template version", $"Template '{key}' has no version {version}.");

    public static TemplateOutcome Conflict(string detail) => new(StatusCodes.Status409Conflict, null, "Not possible now", detail);

    public IResult ToResult() => Version is { } version
        ? Results.Ok(TemplateVersionView.From(version))
        : Results.Problem(statusCode: Status, title: Title, detail: Detail);
}
