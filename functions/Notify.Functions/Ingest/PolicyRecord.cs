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
}
