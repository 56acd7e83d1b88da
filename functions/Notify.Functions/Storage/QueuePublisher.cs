using Notify.Functions.Hosting;
using Notify.Storage;
using Notify.Storage.Queues;

namespace Notify.Functions.Storage;

/// <summary>Enqueues messages for queue functions, encoded as host.json's messageEncoding says the trigger expects.</summary>
public sealed class QueuePublisher(StorageAccount storage, HostJsonSettings hostJson)
{
    public Task<SentMessage> PublishAsync<TMessage>(string queueName, TMessage message, CancellationToken cancellationToken) =>
        storage.GetQueueClient(queueName, hostJson.Queues.MessageEncoding)
            .SendMessageAsync(QueueMessageContract.Serialize(message), cancellationToken: cancellationToken);

    /// <summary>Enqueues a message that stays invisible for <paramref name="delay"/> (at most seven days).</summary>
    public Task<SentMessage> PublishAsync<TMessage>(string queueName, TMessage message, TimeSpan delay, CancellationToken cancellationToken) =>
        storage.GetQueueClient(queueName, hostJson.Queues.MessageEncoding)
            .SendMessageAsync(QueueMessageContract.Serialize(message), visibilityDelay: delay, cancellationToken: cancellationToken);
}
