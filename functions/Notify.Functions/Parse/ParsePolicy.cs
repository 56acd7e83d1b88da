using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Storage;

namespace Notify.Functions.Parse;

/// <summary>Picks up a received policy from the queue and marks it ready for the parser.</summary>
public sealed class ParsePolicy(PolicyStore policies, ILogger<ParsePolicy> logger) : IQueueFunction<PolicyIngestedMessage>
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Queue(nameof(ParsePolicy), Queues.PolicyIngested);

    public async Task RunAsync(PolicyIngestedMessage message, CancellationToken cancellationToken)
    {
        var moved = await policies.TransitionAsync(message.PolicyId, PolicyStatus.Received, PolicyStatus.QueuedForParse, cancellationToken);
        if (moved)
        {
            logger.LogInformation("Policy {PolicyId} is queued for parsing", message.PolicyId);
        }
        else
        {
            logger.LogInformation("Policy {PolicyId} was already past 'received'; nothing to do", message.PolicyId);
        }
    }
}
