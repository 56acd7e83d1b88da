namespace Notify.Functions.Acknowledgements;

/// <summary>What checking an acknowledgement token found.</summary>
public enum AcknowledgementLinkStatus
{
    /// <summary>Signed by us and not yet expired.</summary>
    Valid,

    /// <summary>Well formed, but the signature does not match: the link was altered.</summary>
    Tampered,

    /// <summary>Signed by us, but its expiry has passed.</summary>
    Expired,

    /// <summary>Not a token at all, or cut short.</summary>
    Malformed,
}
