using Notify.Functions.FanOut;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;

namespace Notify.Functions.Deliver;

/// <summary>Sends one batch of a fan-out.</summary>
public sealed class DeliverBatch(BatchDelivery delivery) : IQueueFunction<DeliveryBatch>
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Queue(nameof(DeliverBatch), Queues.DeliveryBatches);

    public Task RunAsync(DeliveryBatch message, CancellationToken cancellationToken) => delivery.DeliverAsync(message, cancellationToken);
}
