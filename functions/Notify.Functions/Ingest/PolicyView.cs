namespace Notify.Functions.Ingest;

/// <summary>A policy as the API shows it.</summary>
public sealed record PolicyView(
    string Id,
    string? Title,
    string? Issuer,
    string? FileName,
    string Status,
    long SizeBytes,
    string Sha256,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StatusChangedAt,
    string? Encoding,
    int DocumentCount,
    int ItemCount,
    int NeedsReviewCount,
    string? ParseNote,
    string Href)
{
    /// <summary>What the file was read as: text, pdf, docx or html.</summary>
    public string Format { get; init; } = "text";

    /// <summary>Where the text that item line numbers and quotes refer to is served.</summary>
    public string? TextHref { get; init; }

    public static PolicyView From(PolicyRecord policy) => new(
        policy.Id, policy.Title, policy.Issuer, policy.FileName, policy.Status, policy.SizeBytes, policy.Sha256,
        policy.ReceivedAt, policy.StatusChangedAt, policy.Encoding, policy.DocumentCount, policy.ItemCount,
        policy.NeedsReviewCount, policy.ParseNote, $"/api/policies/{policy.Id}")
    {
        Format = policy.Format ?? "text",
        TextHref = $"/api/policies/{policy.Id}/text",
    };
}
