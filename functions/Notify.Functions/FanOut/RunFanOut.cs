using Notify.Functions.Hosting;
using Notify.Functions.Schedule;
using Notify.Functions.Storage;

namespace Notify.Functions.FanOut;

/// <summary>Fans a due occurrence out to its audience in delivery batches.</summary>
public sealed class RunFanOut(FanOutService fanOut) : IQueueFunction<FanOutRequested>
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Queue(nameof(RunFanOut), Queues.FanOutRequested);

    public Task RunAsync(FanOutRequested message, CancellationToken cancellationToken) => fanOut.RunAsync(message, cancellationToken);
}
