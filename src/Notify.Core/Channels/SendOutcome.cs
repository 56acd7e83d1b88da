namespace Notify.Core.Channels;

/// <summary>What a provider said to a send.</summary>
public enum SendOutcome
{
    /// <summary>Taken by the provider; a receipt (callback) may still change the status.</summary>
    Accepted,

    /// <summary>Known delivered (sandbox, SMTP accepted by the server, WeCom with no invalid user).</summary>
    Delivered,

    /// <summary>Worth trying again later on this channel (throttled, provider down, quota); see RetryAfter.</summary>
    TemporaryFailure,

    /// <summary>Will not work on this channel for this recipient (invalid number, not following, refused): try the next channel.</summary>
    PermanentFailure,

    /// <summary>The recipient has opted out of this channel; do not send here again.</summary>
    Suppressed,

    /// <summary>Our own configuration is wrong (bad credentials): nothing to retry until an operator fixes it.</summary>
    TechnicalFailure,
}
