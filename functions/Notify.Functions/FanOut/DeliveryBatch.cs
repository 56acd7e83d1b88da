using System.Text.Json.Serialization;

namespace Notify.Functions.FanOut;

/// <summary>
/// Queue message: up to <see cref="Deliver.DeliveryOptions.BatchSize"/> recipients of one job (residents: all in one delivery-row shard).
/// <paramref name="BatchId"/> is unique per enqueue, so a message retried by the queue keeps it and a copy enqueued
/// again by a restarted fan-out does not: a send owns its delivery rows by it. A retry batch carries recipients whose
/// sends failed temporarily, enqueued to become visible at their next attempt; <paramref name="RetryOf"/> names the
/// batch that owns their rows (left out of the message for a fan-out's own batches).
/// </summary>
public sealed record DeliveryBatch(
    string JobId,
    string BatchId,
    int Sequence,
    IReadOnlyList<FanOutRecipient> Recipients,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RetryOf = null);
