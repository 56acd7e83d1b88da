using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Notify.Functions.Storage;

namespace Notify.LocalHost.Local;

/// <summary>
/// Keeps a received message invisible while its function runs by renewing its visibility at half
/// the lease, as the Functions queue trigger does. Every renewal yields a new pop receipt.
/// </summary>
public sealed class MessageLease : IAsyncDisposable
{
    private readonly QueueClient _queue;
    private readonly string _messageId;
    private readonly TimeSpan _lease;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewal;
    private string _popReceipt;

    public MessageLease(QueueClient queue, QueueMessage message, TimeSpan lease, ILogger logger)
    {
        _queue = queue;
        _messageId = message.MessageId;
        _popReceipt = message.PopReceipt;
        _lease = lease;
        _logger = logger;
        _renewal = RenewAsync();
    }

    public string PopReceipt => Volatile.Read(ref _popReceipt);

    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await _renewal;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RenewAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(_lease / 2, _stop.Token);
                var receipt = await _queue.UpdateMessageAsync(_messageId, PopReceipt, visibilityTimeout: _lease, cancellationToken: _stop.Token);
                Volatile.Write(ref _popReceipt, receipt.Value.PopReceipt);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is RequestFailedException || StorageFailures.IsUnreachable(exception))
        {
            _logger.LogWarning("Could not renew the lease of message {MessageId} on {Queue} ({Reason}); it may run twice",
                _messageId, _queue.Name, StorageFailures.Reason(exception));
        }
    }
}
