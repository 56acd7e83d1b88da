using Microsoft.Azure.Functions.Worker;
using Notify.Functions.FanOut;
using Notify.Functions.Storage;

namespace Notify.Functions.Deliver;

/// <summary>Sends one batch of a fan-out.</summary>
public sealed class DeliverBatch(BatchDelivery delivery)
{
    [Function(nameof(DeliverBatch))]
    public Task RunAsync([QueueTrigger(Queues.DeliveryBatches)] DeliveryBatch message, CancellationToken cancellationToken) => delivery.DeliverAsync(message, cancellationToken);
}
