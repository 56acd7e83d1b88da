using System.Reflection;
using System.Text.Json;

namespace Notify.Functions.Hosting;

/// <summary>
/// The 400 problem for a JSON body that could not be read as the operation's type: which field (its JSON path) is
/// wrong and the shape that field expects ("a string", "an array of objects with name, unitId" …); a field the type
/// does not have is named with the fields it does have; JSON that does not parse says so with the shape of the whole
/// body. "errors" carries the same, keyed by the field ("" for the whole body).
/// </summary>
public static class JsonBodyProblem
{
    private const string UnmappedMessage = "could not be mapped";
    private const string ConversionMessage = "could not be converted";

    public static IResult For(Type target, JsonException exception, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(options);
        var field = FieldOf(exception.Path);
        var unmapped = exception.Message.Contains(UnmappedMessage, StringComparison.Ordinal);
        if (field.Length == 0 || !unmapped && !exception.Message.Contains(ConversionMessage, StringComparison.Ordinal))
        {
            return Problem("", $"The body is not the JSON object this operation expects ({Shape(target, options)}): {exception.Message}");
        }

        var segments = field.Split('.').Select(segment => segment.Split('[')[0]).ToList();
        var owner = Walk(target, segments.SkipLast(1), options);
        var property = owner is null ? null : Find(owner, segments[^1], options);
        var detail = unmapped || property is null
            ? $"'{field}' is not a field of this body; it has {(owner is null ? "no such field" : string.Join(", ", Names(owner, options)))}."
            : $"'{field}' must be {Shape(property.PropertyType, options)}.";
        return Problem(field, detail);
    }

    internal static IResult Problem(string field, string detail) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [detail] }, detail: detail, title: "Invalid request");

    /// <summary>"$.leadUnits[0].name" → "leadUnits[0].name"; the root is "".</summary>
    private static string FieldOf(string? path) => path is null or "$" ? "" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static Type? Walk(Type type, IEnumerable<string> names, JsonSerializerOptions options)
    {
        Type? current = type;
        foreach (var name in names)
        {
            current = current is null ? null : Find(current, name, options) is { } property ? ElementOf(property.PropertyType) : null;
        }

        return current;
    }

    private static PropertyInfo? Find(Type type, string jsonName, JsonSerializerOptions options) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(property => JsonName(property, options) == jsonName);

    private static IEnumerable<string> Names(Type type, JsonSerializerOptions options) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => JsonName(property, options));

    internal static string JsonName(PropertyInfo property, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name;

    private static Type ElementOf(Type type) => ListElement(type) ?? Nullable.GetUnderlyingType(type) ?? type;

    private static Type? ListElement(Type type) => type != typeof(string) && type.IsGenericType && type.GetGenericArguments() is [var element]
        && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type) ? element : null;

    internal static string Shape(Type type, JsonSerializerOptions options)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(string) => "a string",
            _ when plain == typeof(bool) => "true or false",
            _ when plain.IsPrimitive || plain == typeof(decimal) => "a number",
            _ when ListElement(plain) is { } element => $"an array of {(element == typeof(string) ? "strings" : Shape(element, options))}",
            _ => $"an object with {string.Join(", ", Names(plain, options))}",
        };
    }
}
