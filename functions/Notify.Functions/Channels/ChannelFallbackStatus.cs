namespace Notify.Functions.Channels;

/// <summary>How a fallback run ended.</summary>
public enum ChannelFallbackStatus
{
    /// <summary>One channel accepted or delivered the message; no other channel was tried after it.</summary>
    Sent,

    /// <summary>A channel failed temporarily or technically: retry later on that same channel, never on the next one.</summary>
    Deferred,

    /// <summary>Every preferred channel refused, failed permanently, had no address or was opted out of.</summary>
    Exhausted,
}
