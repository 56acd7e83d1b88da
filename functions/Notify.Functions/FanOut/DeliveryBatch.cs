namespace Notify.Functions.FanOut;

/// <summary>
/// Queue message: up to <see cref="Deliver.DeliveryOptions.BatchSize"/> recipients of one job (residents: all in one delivery-row shard).
/// <paramref name="BatchId"/> is unique per enqueue, so a message retried by the queue keeps it and a copy enqueued
/// again by a restarted fan-out does not: a send owns its delivery rows by it.
/// </summary>
public sealed record DeliveryBatch(string JobId, string BatchId, int Sequence, IReadOnlyList<FanOutRecipient> Recipients);
