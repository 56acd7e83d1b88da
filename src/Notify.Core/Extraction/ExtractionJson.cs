using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Notify.Core.Extraction;

/// <summary>The JSON shape of <c>extract</c>: camelCase names, YYYY-MM-DD dates, lower-case kinds, readable Chinese.</summary>
public static class ExtractionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(result, Options);

    public static ExtractionResult Deserialize(string json) =>
        JsonSerializer.Deserialize<ExtractionResult>(json, Options) ?? throw new JsonException("The JSON is null.");
}
