using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Storage;

namespace Notify.Functions.Parse;

/// <summary>Parses a received policy into documents and items for review.</summary>
public sealed class ParsePolicy(PolicyParsing parsing) : IQueueFunction<PolicyIngestedMessage>
{
    public static FunctionDeclaration Declaration { get; } = FunctionDeclaration.Queue(nameof(ParsePolicy), Queues.PolicyIngested);

    public Task RunAsync(PolicyIngestedMessage message, CancellationToken cancellationToken) =>
        parsing.ParseAsync(message.PolicyId, cancellationToken);
}
