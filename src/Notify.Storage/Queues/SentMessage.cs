namespace Notify.Storage.Queues;

/// <summary>What Put Message returns for a newly enqueued message.</summary>
public sealed record SentMessage(
    string MessageId,
    string PopReceipt,
    DateTimeOffset InsertionTime,
    DateTimeOffset ExpirationTime,
    DateTimeOffset NextVisibleOn);
