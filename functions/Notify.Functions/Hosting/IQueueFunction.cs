namespace Notify.Functions.Hosting;

/// <summary>
/// A queue-triggered function. Throwing fails the invocation: the message is retried and, after
/// maxDequeueCount attempts, moved to the poison queue. Permanent business failures are recorded
/// as a status by the domain service and the function returns normally.
/// </summary>
public interface IQueueFunction<in TMessage> : IFunction
{
    Task RunAsync(TMessage message, CancellationToken cancellationToken);
}
