using Notify.Core.Extraction;
using Notify.Core.Text;
using Notify.Functions.Ingest;
using Notify.Functions.Review;
using Notify.Functions.Storage;

namespace Notify.Functions.Parse;

/// <summary>
/// Parses a received policy: reads its source blob, extracts documents and items, stores them as
/// proposed for review, and records the outcome on the policy. Unreadable text is a recorded
/// outcome, not a failure; storage faults throw so the message is retried.
/// </summary>
public sealed class PolicyParsing(
    StorageClients storage,
    PolicyStore policies,
    PolicyItemStore items,
    PolicyExtractor extractor,
    DecisionSuggestions suggestions,
    ILogger<PolicyParsing> logger)
{
    public async Task ParseAsync(string policyId, CancellationToken cancellationToken)
    {
        var policy = await policies.FindAsync(policyId, cancellationToken) ?? throw new PolicyNotFoundException(policyId);
        if (policy.Status != PolicyStatus.Received)
        {
            logger.LogInformation("Policy {PolicyId} is already {Status}; nothing to do", policyId, policy.Status);
            return;
        }

        var source = await PolicyTextSource.ReadAsync(storage, policy, cancellationToken);
        var outcome = await ExtractAndSaveAsync(policy, source, cancellationToken);
        if (await policies.CompleteParseAsync(policyId, outcome, cancellationToken))
        {
            logger.LogInformation("Policy {PolicyId} {Status}: {Documents} documents, {Items} items, {NeedsReview} need review",
                policyId, outcome.Status, outcome.DocumentCount, outcome.ItemCount, outcome.NeedsReviewCount);
        }
    }

    private async Task<PolicyParseOutcome> ExtractAndSaveAsync(PolicyRecord policy, BinaryData source, CancellationToken cancellationToken)
    {
        ExtractionResult result;
        try
        {
            result = extractor.Extract(source.ToMemory().Span);
            if (PolicyTextSource.IsKeptText(policy))
            {
                // The kept text is UTF-8; the encoding worth showing is the uploaded file's.
                result = result with { Encoding = policy.Encoding ?? result.Encoding };
            }
        }
        catch (PolicyTextException exception)
        {
            return new PolicyParseOutcome(PolicyStatus.Unreadable, null, 0, 0, 0, exception.Message);
        }

        var decisions = await suggestions.SuggestAsync(policy, result, cancellationToken);
        result = result with { Items = [.. result.Items.Select((item, index) => ReviewReasons.Recompute(item, item, decisions[index]))] };
        await items.SaveExtractionAsync(policy.Id, result, decisions, cancellationToken);
        return new PolicyParseOutcome(
            PolicyStatus.Parsed,
            result.Encoding,
            result.Documents.Count,
            result.Items.Count,
            result.Items.Count(item => item.NeedsReview),
            result.Notes.Count == 0 ? null : string.Join(" ", result.Notes));
    }
}
