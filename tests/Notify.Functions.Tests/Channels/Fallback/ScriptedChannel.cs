using System.Collections.Concurrent;
using Notify.Core.Channels;

namespace Notify.Functions.Tests.Channels.Fallback;

/// <summary>A channel that answers every send with the outcome it was given and remembers what it was asked to send.</summary>
public sealed class ScriptedChannel(ChannelKind kind, SendOutcome outcome, TimeSpan? retryAfter = null) : IMessageChannel
{
    private readonly ConcurrentQueue<OutboundMessage> _sent = new();

    public ChannelKind Kind => kind;

    public IReadOnlyCollection<OutboundMessage> Sent => _sent;

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        return Task.FromResult(new SendResult(outcome, ProviderMessageId: $"{kind}-{message.DeliveryId}", RetryAfter: retryAfter));
    }
}
