using Azure.Storage.Queues;

namespace Notify.Functions.Storage;

/// <summary>Shorthands over the SDK's queue client.</summary>
public static class QueueClientExtensions
{
    /// <summary>The service's approximate count of messages in the queue (visible and invisible).</summary>
    public static async Task<int> GetApproximateMessageCountAsync(this QueueClient queue, CancellationToken cancellationToken = default) =>
        (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
}
