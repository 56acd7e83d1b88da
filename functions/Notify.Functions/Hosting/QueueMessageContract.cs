using System.Text.Json;

namespace Notify.Functions.Hosting;

/// <summary>Reads queue message JSON strictly: required members must be present and non-null.</summary>
public static class QueueMessageContract
{
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize<TMessage>(TMessage message) =>
        JsonSerializer.Serialize(message, SerializerOptions);

    public static TMessage Deserialize<TMessage>(string payload, string functionName)
        where TMessage : class
    {
        try
        {
            return JsonSerializer.Deserialize<TMessage>(payload, SerializerOptions)
                ?? throw new InvalidQueueMessageException(functionName, typeof(TMessage), "the message is JSON null");
        }
        catch (JsonException exception)
        {
            throw new InvalidQueueMessageException(functionName, typeof(TMessage), exception.Message);
        }
    }
}
