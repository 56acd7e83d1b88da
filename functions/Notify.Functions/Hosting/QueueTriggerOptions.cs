using Azure.Storage.Queues;

namespace Notify.Functions.Hosting;

/// <summary>
/// host.json <c>extensions.queues</c>, with the Azure Functions defaults for anything not set.
/// </summary>
public sealed record QueueTriggerOptions
{
    public int BatchSize { get; init; } = 16;

    /// <summary>Fetch the next batch when in-flight messages drop to this; at most BatchSize + NewBatchThreshold run at once.</summary>
    public int NewBatchThreshold { get; init; } = 16 / 2 * Environment.ProcessorCount;

    /// <summary>How long a failed message stays invisible before its retry.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;

    public int MaxDequeueCount { get; init; } = 5;

    /// <summary>Upper bound of the idle back-off between polls of an empty queue.</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);

    public QueueMessageEncoding MessageEncoding { get; init; } = QueueMessageEncoding.Base64;
}
