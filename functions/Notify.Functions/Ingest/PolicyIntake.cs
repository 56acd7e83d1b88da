using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Notify.Functions.Storage;

namespace Notify.Functions.Ingest;

/// <summary>
/// Takes in a policy document: the source goes to a blob, the record to the Policies table with
/// status "received", and its id onto the parse queue — in that order, so a queued id always has
/// its record and source. A PDF, DOCX or HTML file's text, as read at upload, is kept beside the source
/// ("{id}/text") and is what is parsed, so line numbers point into it. If enqueueing fails the record and
/// blobs are removed again.
/// </summary>
public sealed class PolicyIntake(
    StorageClients storage,
    PolicyStore policies,
    QueuePublisher queues,
    TimeProvider clock,
    ILogger<PolicyIntake> logger)
{
    public async Task<PolicyRecord> AcceptAsync(PolicySubmission submission, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now).ToString("N");
        var blobName = SourceBlobName(id);
        var container = storage.GetBlobContainerClient(BlobContainers.PolicySources);
        var policy = new PolicyRecord
        {
            Id = id,
            Title = submission.Title,
            Issuer = submission.Issuer,
            FileName = submission.FileName,
            ContentType = submission.ContentType,
            SizeBytes = submission.Content.ToMemory().Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(submission.Content.ToMemory().Span)),
            SourceBlob = $"{BlobContainers.PolicySources}/{blobName}",
            Status = PolicyStatus.Received,
            ReceivedAt = now,
            StatusChangedAt = now,
            Format = submission.Format,
            Encoding = submission.ExtractedText is null ? null : submission.Encoding,
        };

        await container.GetBlobClient(blobName).UploadAsync(
            submission.Content,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = submission.ContentType } },
            cancellationToken);
        if (submission.ExtractedText is not null)
        {
            await container.GetBlobClient(TextBlobName(id)).UploadAsync(
                BinaryData.FromString(submission.ExtractedText),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" } },
                cancellationToken);
        }

        await policies.AddAsync(policy, cancellationToken);
        try
        {
            await queues.PublishAsync(Queues.PolicyIngested, new PolicyIngestedMessage(id), cancellationToken);
        }
        catch (Exception)
        {
            await UndoAsync(id, container, blobName);
            throw;
        }

        logger.LogInformation("Policy {PolicyId} received ({SizeBytes} bytes) and queued for parsing", id, policy.SizeBytes);
        return policy;
    }

    /// <summary>Where a policy's source bytes are kept in the policy-sources container.</summary>
    public static string SourceBlobName(string policyId) => $"{policyId}/source";

    /// <summary>Where the text read from a PDF, DOCX or HTML source is kept in the policy-sources container.</summary>
    public static string TextBlobName(string policyId) => $"{policyId}/text";

    private async Task UndoAsync(string id, BlobContainerClient container, string blobName)
    {
        try
        {
            await policies.DeleteAsync(id, CancellationToken.None);
            await container.DeleteBlobIfExistsAsync(blobName, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: CancellationToken.None);
            await container.DeleteBlobIfExistsAsync(TextBlobName(id), DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: CancellationToken.None);
        }
        catch (RequestFailedException exception)
        {
            logger.LogError("Policy {PolicyId} could not be queued and its record could not be removed ({Status} {ErrorCode})",
                id, exception.Status, exception.ErrorCode);
        }
    }
}
