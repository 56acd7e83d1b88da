namespace Notify.Storage.Queues;

/// <summary>A message seen by Peek: no pop receipt and its visibility is unchanged.</summary>
public sealed record PeekedMessage(
    string MessageId,
    string MessageText,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    QueueMessageEncoding Encoding)
{
    /// <inheritdoc cref="QueueMessage.DecodeText"/>
    public string DecodeText() => QueueMessageText.Decode(MessageText, Encoding, MessageId);
}
