using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Notify.Functions.Hosting;

/// <summary>
/// Query values and JSON bodies of HTTP functions, read the same way under the Functions host and the local host,
/// with a problem response that names what is wrong.
/// </summary>
public static class HttpRequestReading
{
    private static readonly JsonSerializerOptions WebDefaults = new(JsonSerializerDefaults.Web);

    public static string? Query(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Reads a number or boolean from the query; false with a 400 problem when it is malformed (or missing and required).</summary>
    public static bool TryQuery<T>(this HttpRequest request, string name, out T? value, out IResult problem, bool required = false)
        where T : struct, IParsable<T>
    {
        value = null;
        problem = Results.Empty;
        var text = request.Query(name);
        if (text is null)
        {
            if (!required)
            {
                return true;
            }

            problem = Invalid($"The query parameter '{name}' is required.");
            return false;
        }

        if (T.TryParse(text, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        problem = Invalid($"The query parameter '{name}' is '{Shorten(text)}', which is not a valid {typeof(T).Name.ToLowerInvariant()}.");
        return false;
    }

    /// <summary>
    /// Reads the JSON body as <typeparamref name="T"/> with the app's JSON options; a string over its
    /// <see cref="InputLimits"/> length or a required field left out is a 400 naming the field.
    /// </summary>
    public static async Task<JsonBody<T>> ReadJsonAsync<T>(this HttpRequest request, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        var options = request.HttpContext.RequestServices.GetService<IOptions<JsonOptions>>()?.Value.SerializerOptions ?? WebDefaults;
        T? value;
        try
        {
            value = request.ContentLength == 0 && optional
                ? null
                : await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
        }
        catch (JsonException exception) when (optional && exception.BytePositionInLine == 0 && exception.LineNumber == 0 && request.ContentLength is null or 0)
        {
            value = null;
        }
        catch (JsonException exception)
        {
            return new JsonBody<T>(null, JsonBodyProblem.For(typeof(T), exception, options));
        }

        if (value is null)
        {
            return optional ? new JsonBody<T>(null, null) : new JsonBody<T>(null, Invalid($"The body must be a JSON object ({typeof(T).Name})."));
        }

        return JsonFieldCheck.Problem(value, options) is { } overLimit ? new JsonBody<T>(null, overLimit) : new JsonBody<T>(value, null);
    }

    private static IResult Invalid(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
