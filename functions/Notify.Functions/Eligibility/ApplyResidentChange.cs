using Notify.Functions.Hosting;
using Notify.Functions.Storage;

namespace Notify.Functions.Eligibility;

/// <summary>Applies one resident change and re-evaluates the notices it affects.</summary>
public sealed class ApplyResidentChange(ResidentChangeApplier applier) : IQueueFunction<ResidentChangeMessage>
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Queue(nameof(ApplyResidentChange), Queues.ResidentChanges);

    public Task RunAsync(ResidentChangeMessage message, CancellationToken cancellationToken) =>
        applier.ApplyAsync(message, cancellationToken);
}
