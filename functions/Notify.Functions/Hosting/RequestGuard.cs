using Microsoft.AspNetCore.Http.Features;

namespace Notify.Functions.Hosting;

/// <summary>
/// What every HTTP function gets before and around its work, under both hosts: route values, query values and the
/// body held to <see cref="InputLimits"/> (400/413 naming the limit, before anything is parsed); the body read into
/// memory within the route's limit, so no function can be made to read past it; and, where the host lets the guard
/// hand the function its cancellation token, the route's time limit (503) joined with the client going away.
/// </summary>
public sealed class RequestGuard(TimeProvider clock, ILogger<RequestGuard> logger)
{
    private const string ForbiddenInIds = "/\\#?";

    /// <summary>A problem to answer instead of running the function, or null with the body buffered for it.</summary>
    public static async Task<IResult?> AdmitAsync(
        HttpContext http, FunctionDescriptor function, IEnumerable<KeyValuePair<string, string?>> routeValues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(routeValues);
        return RouteProblem(routeValues) ?? QueryProblem(http.Request.Query)
            ?? await BufferBodyAsync(http, InputLimits.BodyBytesOf(function.Name), cancellationToken)
            ?? await FormProblemAsync(http.Request, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="invoke"/> with a token cancelled when the client goes away or the route's time limit
    /// passes; at the limit the request is answered 503. A client that went away gets no answer.
    /// </summary>
    public async Task RunAsync(HttpContext http, FunctionDescriptor function, Func<CancellationToken, Task> invoke, CancellationToken aborted)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(invoke);
        var limit = InputLimits.TimeOf(function.Name);
        using var timeout = new CancellationTokenSource(limit, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, timeout.Token);
        try
        {
            await invoke(linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            logger.LogWarning("{Function} was stopped at its time limit of {Seconds} s", function.Name, limit.TotalSeconds);
            if (!http.Response.HasStarted)
            {
                await InputProblems.TimedOut(limit).ExecuteAsync(http);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            logger.LogInformation("{Function} stopped: the client went away", function.Name);
        }
    }

    private static IResult? RouteProblem(IEnumerable<KeyValuePair<string, string?>> routeValues)
    {
        foreach (var (name, value) in routeValues)
        {
            if (value is null)
            {
                continue;
            }

            if (value.Length > InputLimits.RouteValueLengthOf(name))
            {
                return InputProblems.TooLong(name, InputLimits.RouteValueLengthOf(name), value.Length);
            }

            if (value.AsSpan().IndexOfAny(ForbiddenInIds) >= 0 || value.Any(char.IsControl))
            {
                return InputProblems.Invalid(name, $"'{name}' holds a character no id or key has (/, \\, #, ? or a control character).");
            }
        }

        return null;
    }

    private static IResult? QueryProblem(IQueryCollection query)
    {
        if (query.Count > InputLimits.QueryParameterCount)
        {
            return InputProblems.Invalid("", $"A request may have at most {InputLimits.QueryParameterCount} query parameters; this one has {query.Count}.");
        }

        foreach (var (name, values) in query)
        {
            if (name.Length > InputLimits.RouteValueLength)
            {
                return InputProblems.TooLong(name[..InputLimits.RouteValueLength] + "…", InputLimits.RouteValueLength, name.Length);
            }

            if (values.FirstOrDefault(value => value?.Length > InputLimits.QueryValueLength) is { } longValue)
            {
                return InputProblems.TooLong(name, InputLimits.QueryValueLength, longValue.Length);
            }
        }

        return null;
    }

    private static async Task<IResult?> BufferBodyAsync(HttpContext http, long limit, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (request.ContentLength > limit)
        {
            return InputProblems.TooLarge(limit);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } maxBody)
        {
            maxBody.MaxRequestBodySize = limit;
        }

        var buffer = new MemoryStream();
        http.Response.RegisterForDispose(buffer);
        try
        {
            if (!await CopyWithinAsync(request.Body, buffer, limit, cancellationToken))
            {
                return InputProblems.TooLarge(limit);
            }
        }
        catch (BadHttpRequestException exception)
        {
            return exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? InputProblems.TooLarge(limit) : InputProblems.UnreadableBody(exception.Message);
        }

        buffer.Position = 0;
        request.Body = buffer;
        return null;
    }

    /// <summary>
    /// A form body is read here, from the buffered body, so one that does not parse (a multipart body without its
    /// boundary, a part cut short) is a 400 before any function reads it; the function gets the form already read.
    /// </summary>
    private static async Task<IResult?> FormProblemAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await request.ReadFormAsync(cancellationToken);
            request.Body.Position = 0;
            return null;
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            return InputProblems.UnreadableBody($"The body is not a readable {request.ContentType?.Split(';')[0]} form: {exception.Message}");
        }
    }

    /// <summary>Copies the body; false as soon as it passes <paramref name="limit"/> bytes.</summary>
    private static async Task<bool> CopyWithinAsync(Stream body, MemoryStream buffer, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        return true;
    }
}
