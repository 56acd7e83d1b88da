namespace Notify.Functions.Senders;

/// <summary>One version of an authority's sender profile, with who edited and who approved it.</summary>
public sealed record SenderProfile(
    string AuthorityId,
    int Version,
    string State,
    SenderDetails Details,
    string EditedBy,
    string EditedByKeyId,
    DateTimeOffset EditedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt)
{
    public string DisplayName => Details.DisplayName ?? AuthorityId;
}
