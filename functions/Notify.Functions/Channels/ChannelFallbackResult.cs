using Notify.Core.Channels;

namespace Notify.Functions.Channels;

/// <summary>The end of a fallback run: how it ended, on which channel, and every channel tried on the way.</summary>
public sealed record ChannelFallbackResult(ChannelFallbackStatus Status, IReadOnlyList<ChannelFallbackAttempt> Attempts)
{
    /// <summary>The channel that sent (<see cref="ChannelFallbackStatus.Sent"/>) or must be retried (<see cref="ChannelFallbackStatus.Deferred"/>).</summary>
    public ChannelKind? Channel => Status == ChannelFallbackStatus.Exhausted ? null : Attempts[^1].Channel;

    public TimeSpan? RetryAfter => Status == ChannelFallbackStatus.Deferred ? Attempts[^1].Result.RetryAfter : null;
}
