namespace Notify.Functions.Ingest;

/// <summary>A submitted policy document as stored in the Policies table (partition = policy id).</summary>
public sealed record PolicyRecord
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Issuer { get; init; }

    public string? FileName { get; init; }

    public required string ContentType { get; init; }

    public required long SizeBytes { get; init; }

    public required string Sha256 { get; init; }

    public required string SourceBlob { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required DateTimeOffset StatusChangedAt { get; init; }

    /// <summary>How the source was encoded (utf-8, utf-8-bom, gb18030), once parsed.</summary>
    public string? Encoding { get; init; }

    public int DocumentCount { get; init; }

    public int ItemCount { get; init; }

    public int NeedsReviewCount { get; init; }

    /// <summary>What the file was read as: text, pdf, docx or html; null on rows from before formats (text).</summary>
    public string? Format { get; init; }

    /// <summary>What the parser could not do (no structure recognised, unreadable text), for the reviewer.</summary>
    public string? ParseNote { get; init; }
}
