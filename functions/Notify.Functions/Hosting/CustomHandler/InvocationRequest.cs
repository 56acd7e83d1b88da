using System.Text.Json;

namespace Notify.Functions.Hosting.CustomHandler;

/// <summary>The host's <c>{Data, Metadata}</c> invocation payload.</summary>
public sealed class InvocationRequest
{
    private InvocationRequest(JsonElement data, JsonElement metadata)
    {
        Data = data;
        Metadata = metadata;
    }

    public JsonElement Data { get; }

    public JsonElement Metadata { get; }

    public static async Task<InvocationRequest> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The invocation body is not JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetPropertyIgnoreCase("Data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The invocation body has no \"Data\" object.");
            }

            var metadata = root.TryGetPropertyIgnoreCase("Metadata", out var value) ? value.Clone() : default;
            return new InvocationRequest(data.Clone(), metadata);
        }
    }

    /// <summary>
    /// The trigger value as text. The host JSON-serializes string values once more, so a queue
    /// message may arrive wrapped in an extra pair of quotes; that layer is removed here.
    /// </summary>
    public string ReadBindingAsText(string bindingName)
    {
        if (!Data.TryGetPropertyIgnoreCase(bindingName, out var value))
        {
            throw new FormatException($"The invocation has no Data.{bindingName}.");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                return text.StartsWith('"') ? Unquote(text) : text;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return "";
            default:
                return value.GetRawText();
        }
    }

    public bool TryGetBinding(string bindingName, out JsonElement value) => Data.TryGetPropertyIgnoreCase(bindingName, out value);

    private static string Unquote(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(text) ?? "";
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
