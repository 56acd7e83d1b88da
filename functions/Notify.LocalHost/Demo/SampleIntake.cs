using System.Globalization;
using System.Security.Cryptography;
using Notify.Core.Extraction;
using Notify.Functions.Ingest;
using Notify.Functions.Parse;

namespace Notify.LocalHost.Demo;

/// <summary>
/// Demo step d: takes in each sample the way an upload does (<see cref="PolicyIntake"/>: blob, record, queue), then
/// parses it at once rather than waiting for the queue; the queued message later finds it parsed and does nothing.
/// A sample whose bytes (SHA-256) are already stored as a policy is not taken in again.
/// </summary>
public sealed class SampleIntake(PolicyStore policies, PolicyIntake intake, PolicyParsing parsing, PolicyExtractor extractor)
{
    public async Task<IReadOnlyList<DemoPolicy>> IngestAsync(string samplesFolder, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Oldest first, so a sample uploaded again by hand later does not replace the one the demo reviewed.
        var stored = new Dictionary<string, PolicyRecord>(StringComparer.Ordinal);
        foreach (var policy in (await policies.ListAsync(cancellationToken)).OrderBy(policy => policy.Id, StringComparer.Ordinal))
        {
            stored.TryAdd(policy.Sha256, policy);
        }

        var results = new List<DemoPolicy>();
        foreach (var fileName in DemoSamples.FileNames)
        {
            var content = await File.ReadAllBytesAsync(Path.Combine(samplesFolder, fileName), cancellationToken);
            var ingestedNow = !stored.TryGetValue(Convert.ToHexStringLower(SHA256.HashData(content)), out var policy);
            if (policy is null)
            {
                var documents = extractor.Extract(content).Documents;
                var document = documents.Count > 0 ? documents[0] : null;
                policy = await intake.AcceptAsync(
                    new PolicySubmission(BinaryData.FromBytes(content), "text/plain", document?.Title, document?.Issuer, fileName), cancellationToken);
            }

            if (policy.Status == PolicyStatus.Received)
            {
                await parsing.ParseAsync(policy.Id, cancellationToken);
            }

            var parsed = await policies.FindAsync(policy.Id, cancellationToken) ?? throw new PolicyNotFoundException(policy.Id);
            results.Add(new DemoPolicy(fileName, parsed.Id, ingestedNow, parsed.Status, parsed.ItemCount, parsed.NeedsReviewCount));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {fileName}: {(ingestedNow ? "ingested" : "already ingested")} as policy {parsed.Id}, {parsed.Status}, {parsed.ItemCount} items ({parsed.NeedsReviewCount} need review)"));
        }

        return results;
    }
}
