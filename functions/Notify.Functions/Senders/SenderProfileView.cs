namespace Notify.Functions.Senders;

/// <summary>A sender profile version as the API shows it.</summary>
public sealed record SenderProfileView(
    string AuthorityId,
    int Version,
    string State,
    SenderDetails Details,
    string EditedBy,
    DateTimeOffset EditedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt)
{
    public static SenderProfileView From(SenderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(profile.AuthorityId, profile.Version, profile.State, profile.Details, profile.EditedBy, profile.EditedAt, profile.ApprovedBy, profile.ApprovedAt);
    }
}
