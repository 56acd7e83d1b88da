namespace Notify.Storage.Queues;

/// <summary>A received (dequeued) message. <see cref="MessageText"/> is exactly as stored; use <see cref="DecodeText"/> for the payload.</summary>
public sealed record QueueMessage(
    string MessageId,
    string PopReceipt,
    string MessageText,
    long DequeueCount,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset NextVisibleOn,
    QueueMessageEncoding Encoding)
{
    /// <summary>Decodes <see cref="MessageText"/> per <see cref="Encoding"/>.</summary>
    /// <exception cref="FormatException">The text is not valid Base64 (or not UTF-8 once decoded).</exception>
    public string DecodeText() => QueueMessageText.Decode(MessageText, Encoding, MessageId);
}
