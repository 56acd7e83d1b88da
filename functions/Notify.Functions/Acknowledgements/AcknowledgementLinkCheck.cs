namespace Notify.Functions.Acknowledgements;

/// <summary>The result of <see cref="AcknowledgementLinks.Verify"/>; the fields are set for Valid and Expired links only.</summary>
public sealed record AcknowledgementLinkCheck(
    AcknowledgementLinkStatus Status,
    string? PolicyId = null,
    string? ItemId = null,
    string? UnitId = null,
    DateTimeOffset? ExpiresUtc = null)
{
    public bool IsValid => Status == AcknowledgementLinkStatus.Valid;

    public static AcknowledgementLinkCheck Tampered { get; } = new(AcknowledgementLinkStatus.Tampered);

    public static AcknowledgementLinkCheck Malformed { get; } = new(AcknowledgementLinkStatus.Malformed);
}
