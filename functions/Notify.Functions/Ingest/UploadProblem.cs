namespace Notify.Functions.Ingest;

/// <summary>Why an upload was refused: the HTTP status and what to tell the sender.</summary>
public sealed record UploadProblem(int Status, string Title, string Detail)
{
    public IResult ToResult() => Results.Problem(statusCode: Status, title: Title, detail: Detail);
}
