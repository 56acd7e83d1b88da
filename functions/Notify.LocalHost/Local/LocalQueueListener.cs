using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Local;

/// <summary>
/// Polls one storage queue for one function the way the Functions queue trigger does: fetches
/// BatchSize messages whenever in-flight work drops to NewBatchThreshold, holds each message with a
/// renewed lease while it runs, deletes it on success, releases it with VisibilityTimeout on failure,
/// and moves it to "&lt;queue&gt;-poison" once it has been tried MaxDequeueCount times.
/// </summary>
public sealed class LocalQueueListener(
    FunctionDescriptor function,
    StorageClients storage,
    QueueTriggerOptions options,
    FunctionInvoker invoker,
    LocalHostOptions hostOptions,
    StorageOutage outage,
    ILogger<LocalQueueListener> logger)
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);

    private readonly QueueSource _trigger = (QueueSource)function.Trigger;
    private readonly QueueClient _queue = storage.GetQueueClient(((QueueSource)function.Trigger).QueueName);
    private readonly QueueClient _poison = storage.GetQueueClient(((QueueSource)function.Trigger).PoisonQueueName);
    private int _inFlight;
    private bool _poisonQueueReady;

    public string FunctionName => function.Name;

    public string QueueName => _trigger.QueueName;

    /// <summary>Messages received and not yet finished (deleted, released or poisoned).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled, then waits for in-flight messages.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var completed = new SemaphoreSlim(0);
        var running = new List<Task>();
        var idleDelay = MinPollingInterval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                while (Volatile.Read(ref _inFlight) > options.NewBatchThreshold)
                {
                    await completed.WaitAsync(stoppingToken);
                }

                running.RemoveAll(task => task.IsCompleted);
                var messages = await ReceiveAsync(stoppingToken);
                if (messages.Length == 0)
                {
                    await Task.Delay(idleDelay, stoppingToken);
                    idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, Math.Max(options.MaxPollingInterval.Ticks, MinPollingInterval.Ticks)));
                    continue;
                }

                idleDelay = MinPollingInterval;
                foreach (var message in messages)
                {
                    Interlocked.Increment(ref _inFlight);
                    running.Add(ProcessAsync(message, completed, stoppingToken));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Let running invocations finish their bookkeeping; their messages reappear if they cannot.
        await Task.WhenAll(running);
    }

    private async Task<QueueMessage[]> ReceiveAsync(CancellationToken stoppingToken)
    {
        try
        {
            var messages = (await _queue.ReceiveMessagesAsync(options.BatchSize, hostOptions.MessageLease, stoppingToken)).Value;
            outage.Reachable();
            return messages;
        }
        catch (Exception exception) when (StorageFailures.IsUnreachable(exception))
        {
            // A storage outage must not stop the host, nor fill the log: one line for the whole outage, then poll again.
            outage.Unreachable(exception, storage.QueueEndpoint);
            return [];
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == nameof(QueueErrorCode.QueueNotFound))
        {
            // Storage answered but lost the queue (an in-memory Azurite restarted empty): the Functions host creates
            // trigger queues it needs, and so does this.
            outage.Reachable();
            await _queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
            logger.LogWarning("Queue {Queue} for {Function} was missing (storage restarted empty?); created it again", _queue.Name, function.Name);
            return [];
        }
        catch (RequestFailedException exception)
        {
            // Storage answered, if only with an error: the outage, if any, is over.
            outage.Reachable();
            logger.LogWarning("Polling {Queue} for {Function} failed ({Status} {ErrorCode}); retrying",
                _queue.Name, function.Name, exception.Status, exception.ErrorCode);
            return [];
        }
    }

    private async Task ProcessAsync(QueueMessage message, SemaphoreSlim completed, CancellationToken stoppingToken)
    {
        // Leave the polling loop before doing any work, so one batch runs concurrently.
        await Task.Yield();
        try
        {
            if (message.DequeueCount > options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(message, message.PopReceipt, "it was dequeued more often than maxDequeueCount", stoppingToken);
                return;
            }

            await using var lease = new MessageLease(_queue, message, hostOptions.MessageLease, logger);
            try
            {
                await invoker.InvokeQueueAsync(function, message.Body.ToString(), stoppingToken);
            }
            catch (Exception exception)
            {
                await lease.StopAsync();
                if (!stoppingToken.IsCancellationRequested)
                {
                    await HandleFailureAsync(message, lease.PopReceipt, exception.Message, stoppingToken);
                }

                return;
            }

            await lease.StopAsync();
            await _queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the message becomes visible again when its lease runs out.
        }
        catch (Exception exception) when (StorageFailures.IsUnreachable(exception))
        {
            // The message is retried when its lease ends, once storage answers again.
            outage.Unreachable(exception, storage.QueueEndpoint);
        }
        catch (RequestFailedException exception)
        {
            logger.LogWarning("Queue bookkeeping for {Function} message {MessageId} failed ({Reason}); the message will be retried when its lease ends",
                function.Name, message.MessageId, StorageFailures.Reason(exception));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            completed.Release();
        }
    }

    private async Task HandleFailureAsync(QueueMessage message, string popReceipt, string reason, CancellationToken cancellationToken)
    {
        if (message.DequeueCount >= options.MaxDequeueCount)
        {
            await MoveToPoisonAsync(message, popReceipt, reason, cancellationToken);
            return;
        }

        logger.LogWarning("{Function} will retry message {MessageId} (attempt {DequeueCount} of {MaxDequeueCount} failed)",
            function.Name, message.MessageId, message.DequeueCount, options.MaxDequeueCount);
        await _queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: cancellationToken);
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt, string reason, CancellationToken cancellationToken)
    {
        if (!Volatile.Read(ref _poisonQueueReady))
        {
            await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref _poisonQueueReady, true);
        }

        await _poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await _queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
        logger.LogError("{Function} moved message {MessageId} to {PoisonQueue} after {DequeueCount} attempts: {Reason}",
            function.Name, message.MessageId, _trigger.PoisonQueueName, message.DequeueCount, reason);
    }
}
