using Azure.Storage.Queues;

namespace Notify.Benchmarks.Storage;

/// <summary>Queue put and get+delete throughput against one queue.</summary>
public sealed class QueueThroughput(QueueClient queue, int concurrency)
{
    /// <summary>The most messages one Get Messages call hands out.</summary>
    public const int ReceiveBatch = 32;

    public async Task<int> SendSequentialAsync(int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await queue.SendMessageAsync(Payload(i), cancellationToken);
        }

        return count;
    }

    public async Task<int> SendConcurrentAsync(int count, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            options,
            async (i, ct) => await queue.SendMessageAsync(Payload(i), ct));
        return count;
    }

    /// <summary>Consumers each receive up to 32 messages and delete them, until <paramref name="count"/> are gone.</summary>
    public async Task<int> ReceiveAndDeleteAsync(int count, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var consumers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Volatile.Read(ref deleted) < count)
            {
                var messages = (await queue.ReceiveMessagesAsync(ReceiveBatch, TimeSpan.FromMinutes(5), cancellationToken)).Value;
                if (messages.Length == 0)
                {
                    return;
                }

                await Task.WhenAll(messages.Select(m => queue.DeleteMessageAsync(m.MessageId, m.PopReceipt, cancellationToken)));
                Interlocked.Add(ref deleted, messages.Length);
            }
        });
        await Task.WhenAll(consumers);
        return deleted;
    }

    public static string Payload(int i) =>
        $$"""{"noticeId":"n-{{i:D6}}","recipients":["r-1","r-2","r-3"],"channel":"sms","text":"【包头市医保局】缴费提醒"}""";
}
