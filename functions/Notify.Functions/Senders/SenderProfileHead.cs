namespace Notify.Functions.Senders;

/// <summary>An authority's latest sender profile version and the approved one in use (null until one is approved).</summary>
public sealed record SenderProfileHead(string AuthorityId, int LatestVersion, int? ActiveVersion, string ETag);
