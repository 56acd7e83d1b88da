using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Specialized;

namespace Notify.Functions.Storage;

/// <summary>The options every storage client of the app shares: short retries, so an unreachable account is reported in seconds.</summary>
public static class StorageClientOptions
{
    public static TableClientOptions Tables() => WithRetries(new TableClientOptions());

    public static BlobClientOptions Blobs() => WithRetries(new BlobClientOptions());

    public static QueueClientOptions Queues(QueueMessageEncoding encoding)
    {
        var options = WithRetries(new QueueClientOptions { MessageEncoding = encoding });
        options.MessageDecodingFailed += MoveToPoisonAsync;
        return options;
    }

    private static T WithRetries<T>(T options)
        where T : ClientOptions
    {
        // A busy partition answers 503 and is worth a few quick retries; a refused connection is not worth minutes.
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(250);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }

    /// <summary>
    /// As the Functions queue trigger does: a received message that is not in the queue's encoding can never run, so it
    /// goes to "&lt;queue&gt;-poison" with its text as received, instead of failing every receive. The app only receives
    /// asynchronously. A peeked message is left where it is.
    /// </summary>
    private static async Task MoveToPoisonAsync(QueueMessageDecodingFailedEventArgs args)
    {
        if (args.ReceivedMessage is not { } message)
        {
            return;
        }

        var poison = args.Queue.GetParentQueueServiceClient().GetQueueClient(args.Queue.Name + "-poison");
        await poison.CreateIfNotExistsAsync(cancellationToken: args.CancellationToken);
        await poison.SendMessageAsync(message.Body, cancellationToken: args.CancellationToken);
        await args.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, args.CancellationToken);
    }
}
