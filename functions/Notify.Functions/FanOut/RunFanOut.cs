using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;

namespace Notify.Functions.FanOut;

/// <summary>Fans a due occurrence out to its audience in delivery batches.</summary>
public sealed class RunFanOut(FanOutService fanOut)
{
        [Function(nameof(RunFanOut))]
    public Task RunAsync([QueueTrigger(Queues.FanOutRequested)] FanOutRequested message, CancellationToken cancellationToken) => fanOut.RunAsync(message, cancellationToken);
}
