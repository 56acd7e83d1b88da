using Azure.Storage.Queues;
using Notify.Functions.Storage;

namespace Notify.Functions.Admin;

/// <summary>Lists poison queues and moves their messages back to the queue they came from.</summary>
public sealed class PoisonQueues(StorageClients storage)
{
    public const string Suffix = "-poison";

    private static readonly TimeSpan ReplayLease = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<PoisonQueueInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var result = new List<PoisonQueueInfo>();
        await foreach (var queue in storage.QueueService.GetQueuesAsync(cancellationToken: cancellationToken))
        {
            var name = queue.Name;
            if (name.EndsWith(Suffix, StringComparison.Ordinal))
            {
                var count = await Queue(name).GetApproximateMessageCountAsync(cancellationToken);
                result.Add(new PoisonQueueInfo(name, name[..^Suffix.Length], count));
            }
        }

        return result;
    }

    /// <summary>
    /// Moves up to <paramref name="maxMessages"/> messages from "&lt;queue&gt;-poison" back to the queue,
    /// byte for byte. Each is enqueued before it is deleted, so a crash in between duplicates it
    /// rather than losing it; the functions are idempotent.
    /// </summary>
    public async Task<int> ReplayAsync(string queueName, int maxMessages, CancellationToken cancellationToken)
    {
        var sourceName = queueName.EndsWith(Suffix, StringComparison.Ordinal) ? queueName[..^Suffix.Length] : queueName;
        var poison = Queue(sourceName + Suffix);
        var source = Queue(sourceName);
        var moved = 0;
        while (moved < maxMessages)
        {
            var batch = (await poison.ReceiveMessagesAsync(Math.Min(32, maxMessages - moved), ReplayLease, cancellationToken)).Value;
            if (batch.Length == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                await source.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                moved++;
            }
        }

        return moved;
    }

    private QueueClient Queue(string name) => storage.GetQueueClient(name);
}
