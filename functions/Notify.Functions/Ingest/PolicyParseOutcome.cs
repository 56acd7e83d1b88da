namespace Notify.Functions.Ingest;

/// <summary>What parsing a policy produced, recorded on its row.</summary>
public sealed record PolicyParseOutcome(string Status, string? Encoding, int DocumentCount, int ItemCount, int NeedsReviewCount, string? Note);
