using Microsoft.Azure.Functions.Worker;
using Notify.Functions.Ingest;
using Notify.Functions.Storage;

namespace Notify.Functions.Parse;

/// <summary>Parses a received policy into documents and items for review.</summary>
public sealed class ParsePolicy(PolicyParsing parsing)
{
        [Function(nameof(ParsePolicy))]
    public Task RunAsync([QueueTrigger(Queues.PolicyIngested)] PolicyIngestedMessage message, CancellationToken cancellationToken) =>
        parsing.ParseAsync(message.PolicyId, cancellationToken);
}
