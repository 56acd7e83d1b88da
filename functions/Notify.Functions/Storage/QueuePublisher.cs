using Notify.Functions.Hosting;

namespace Notify.Functions.Storage;

/// <summary>Enqueues messages for queue functions, in the encoding host.json says the trigger expects (set on the clients).</summary>
public sealed class QueuePublisher(StorageClients storage)
{
    public Task PublishAsync<TMessage>(string queueName, TMessage message, CancellationToken cancellationToken) =>
        storage.GetQueueClient(queueName).SendMessageAsync(QueueMessageContract.Serialize(message), cancellationToken);

    /// <summary>Enqueues a message that stays invisible for <paramref name="delay"/> (at most seven days).</summary>
    public Task PublishAsync<TMessage>(string queueName, TMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        storage.GetQueueClient(queueName)
            .SendMessageAsync(QueueMessageContract.Serialize(message), visibilityTimeout: delay, cancellationToken: cancellationToken);
}
