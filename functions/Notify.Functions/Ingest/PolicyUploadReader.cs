using Notify.Core.Text.Formats;

namespace Notify.Functions.Ingest;

/// <summary>
/// Reads a policy upload: either the raw document as the request body (title and issuer in the
/// query string) or a multipart form with a <c>file</c> part and <c>title</c>/<c>issuer</c> fields.
/// Nothing is read past the size limit.
/// </summary>
public static class PolicyUploadReader
{
    private static readonly UploadProblem TooLarge = new(StatusCodes.Status413PayloadTooLarge, "Document too large",
        $"A policy document may be at most {PolicyUploadLimits.MaxDocumentBytes / (1024 * 1024)} MB.");

    public static async Task<(PolicySubmission? Submission, UploadProblem? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return request.HasFormContentType
                ? await ReadFormAsync(request, cancellationToken)
                : await ReadBodyAsync(request, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge);
        }
        catch (InvalidDataException exception)
        {
            // Thrown by the form reader for malformed multipart bodies and form limits.
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "Malformed upload", exception.Message));
        }
    }

    private static async Task<(PolicySubmission?, UploadProblem?)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > PolicyUploadLimits.MaxDocumentBytes)
        {
            return (null, TooLarge);
        }

        var content = await ReadLimitedAsync(request.Body, cancellationToken);
        if (content is null)
        {
            return (null, TooLarge);
        }

        var labels = ReadLabels(request.Query["title"], request.Query["issuer"]);
        return labels.Problem is not null
            ? (null, labels.Problem)
            : Checked(content, request.ContentType, labels.Title, labels.Issuer, fileName: null);
    }

    private static async Task<(PolicySubmission?, UploadProblem?)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > PolicyUploadLimits.MaxDocumentBytes + (64 * 1024))
        {
            return (null, TooLarge);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        if (file is null)
        {
            return (null, new UploadProblem(StatusCodes.Status400BadRequest, "No document",
                "The form has no file part; send the document in a part named \"file\"."));
        }

        if (file.Length > PolicyUploadLimits.MaxDocumentBytes)
        {
            return (null, TooLarge);
        }

        await using var stream = file.OpenReadStream();
        var content = await ReadLimitedAsync(stream, cancellationToken);
        if (content is null)
        {
            return (null, TooLarge);
        }

        var labels = ReadLabels(form["title"], form["issuer"]);
        return labels.Problem is not null
            ? (null, labels.Problem)
            : Checked(content, file.ContentType, labels.Title, labels.Issuer, Path.GetFileName(file.FileName));
    }

    private static (PolicySubmission?, UploadProblem?) Checked(
        byte[] content, string? contentType, string? title, string? issuer, string? fileName)
    {
        var (document, problem) = PolicyTextCheck.Read(content, contentType, fileName);
        return document is null
            ? (null, problem)
            : (new PolicySubmission(BinaryData.FromBytes(content), document.MediaType, title, issuer, fileName)
            {
                Format = document.FormatName,
                ExtractedText = document.Format == SourceFormat.Text ? null : document.Text,
                Encoding = document.Encoding,
            }, null);
    }

    private static (string? Title, string? Issuer, UploadProblem? Problem) ReadLabels(string? title, string? issuer)
    {
        title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        issuer = string.IsNullOrWhiteSpace(issuer) ? null : issuer.Trim();
        foreach (var (name, value) in new[] { ("title", title), ("issuer", issuer) })
        {
            if (value?.Length > PolicyUploadLimits.MaxLabelLength)
            {
                return (null, null, new UploadProblem(StatusCodes.Status400BadRequest, "Label too long",
                    $"The {name} may be at most {PolicyUploadLimits.MaxLabelLength} characters; it has {value.Length}."));
            }
        }

        return (title, issuer, null);
    }

    /// <summary>Reads the whole stream, or returns null as soon as it passes the size limit.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > PolicyUploadLimits.MaxDocumentBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
