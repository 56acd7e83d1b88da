using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Storage;

namespace Notify.Functions.Eligibility;

/// <summary>Applies one resident change and re-evaluates the notices it affects.</summary>
public sealed class ApplyResidentChange(ResidentChangeApplier applier)
{
        [Function(nameof(ApplyResidentChange))]
    public Task RunAsync([QueueTrigger(Queues.ResidentChanges)] ResidentChangeMessage message, CancellationToken cancellationToken) =>
        applier.ApplyAsync(message, cancellationToken);
}
