using System.Text.Json;

namespace Notify.Functions.Hosting;

/// <summary>
/// Queue message JSON, read strictly (required members present and non-null). The worker binds queue triggers with
/// these options too, so a message reads the same under the Functions host and the local host.
/// </summary>
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
        where TMessage : class =>
        (TMessage)Deserialize(payload, typeof(TMessage), functionName);

    public static object Deserialize(string payload, Type messageType, string functionName)
    {
        try
        {
            return JsonSerializer.Deserialize(payload, messageType, SerializerOptions)
                ?? throw new InvalidQueueMessageException(functionName, messageType, "the message is JSON null");
        }
        catch (JsonException exception)
        {
            throw new InvalidQueueMessageException(functionName, messageType, exception.Message);
        }
    }
}
