using Notify.Functions.Storage;

namespace Notify.Functions.Ingest;

/// <summary>Which blob holds a policy's text: the text read at upload for PDF, DOCX and HTML, the source itself for text.</summary>
public static class PolicyTextSource
{
    public static bool IsKeptText(PolicyRecord policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Format is not (null or "text");
    }

    /// <summary>The bytes to parse: UTF-8 text for a kept text, else the source as uploaded.</summary>
    public static async Task<BinaryData> ReadAsync(StorageClients storage, PolicyRecord policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var blob = IsKeptText(policy) ? PolicyIntake.TextBlobName(policy.Id) : PolicyIntake.SourceBlobName(policy.Id);
        var content = await storage.GetBlobContainerClient(BlobContainers.PolicySources).GetBlobClient(blob).DownloadContentAsync(cancellationToken);
        return content.Value.Content;
    }
}
