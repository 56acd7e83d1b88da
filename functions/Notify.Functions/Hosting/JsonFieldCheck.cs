using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notify.Functions.Hosting;

/// <summary>
/// Checks a body read from JSON before anything acts on it: no string longer than <see cref="InputLimits"/> allows
/// (dictionary keys included), and no field the type declares non-nullable left out or null. The first field that
/// fails is named in a 400 problem with its limit or the shape it expects. Work is linear in the body's size.
/// </summary>
public static class JsonFieldCheck
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IResult? Problem(object body, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        var walk = new Walk(body.GetType(), options);
        return walk.Object(body, "") is { } problem ? JsonBodyProblem.Problem(problem.Field, problem.Detail) : null;
    }

    private sealed record FieldProblem(string Field, string Detail);

    private sealed class Walk(Type bodyType, JsonSerializerOptions options)
    {
        public FieldProblem? Object(object value, string path)
        {
            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
                {
                    continue;
                }

                var name = JsonBodyProblem.JsonName(property, options);
                var field = path.Length == 0 ? name : $"{path}.{name}";
                if (Value(property.GetValue(value), property.PropertyType, Nullability.Create(property), field, name) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        private FieldProblem? Value(object? value, Type declared, NullabilityInfo nullability, string field, string name) => value switch
        {
            null when nullability.ReadState == NullabilityState.NotNull =>
                new FieldProblem(field, $"'{field}' is required: {JsonBodyProblem.Shape(declared, options)}."),
            null => null,
            string text => Text(text, field, name),
            IDictionary dictionary => Entries(dictionary, nullability, field),
            IEnumerable items => Items(items, nullability, field, name),
            _ when IsOwnType(value.GetType()) => Object(value, field),
            _ => null,
        };

        private FieldProblem? Text(string text, string field, string name)
        {
            var limit = InputLimits.TextLengthOf(name, bodyType);
            return text.Length <= limit ? null
                : new FieldProblem(field, string.Create(CultureInfo.InvariantCulture, $"'{field}' may be at most {limit} characters; it has {text.Length}."));
        }

        private FieldProblem? Entries(IDictionary dictionary, NullabilityInfo nullability, string field)
        {
            var valueNullability = nullability.GenericTypeArguments is [_, var second] ? second : nullability;
            foreach (DictionaryEntry entry in dictionary)
            {
                var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "";
                var entryField = $"{field}.{key}";
                if ((Text(key, field, "") ?? Value(entry.Value, valueNullability.Type, valueNullability, entryField, key)) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        private FieldProblem? Items(IEnumerable items, NullabilityInfo nullability, string field, string name)
        {
            var element = nullability.ElementType ?? (nullability.GenericTypeArguments is [var only] ? only : null);
            var index = 0;
            foreach (var item in items)
            {
                if (element is not null && Value(item, element.Type, element, $"{field}[{index}]", name) is { } problem)
                {
                    return problem;
                }

                index++;
            }

            return null;
        }

        private static bool IsOwnType(Type type) =>
            type.IsClass && type.Namespace?.StartsWith("Notify.", StringComparison.Ordinal) == true;
    }
}
