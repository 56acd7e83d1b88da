using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notify.Core.Templates;

/// <summary>The JSON conventions of the files under templates/: camelCase names and enums, comments and trailing commas allowed.</summary>
internal static class TemplateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static T Read<T>(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{source} is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{source} is not valid: {exception.Message}", exception);
        }
    }
}
