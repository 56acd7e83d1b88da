namespace Notify.Functions.Receipts.WeChat;

/// <summary>What became of an event push. Applied and Repeated are answered "success"; the others are refused with 403.</summary>
public enum WeChatPushOutcome
{
    /// <summary>Signed, fresh and new: handled (a template job event is applied to its delivery).</summary>
    Applied,

    /// <summary>Its nonce was used within the window: WeChat's own retry or a replay, answered but not applied again.</summary>
    Repeated,

    /// <summary>signature or msg_signature missing or wrong.</summary>
    Unsigned,

    /// <summary>A timestamp outside the push window.</summary>
    Stale,

    /// <summary>A plain-mode push while only safe and compatible mode are accepted.</summary>
    PlainRefused,

    /// <summary>Signed, but the Encrypt text does not open to a message for our Official Account.</summary>
    Undecryptable,
}
