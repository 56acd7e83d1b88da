using Notify.Core.Channels;

namespace Notify.Functions.Channels;

/// <summary>
/// One message to one recipient: the channels in the recipient's order of preference, their address and
/// the rendered content on each. <see cref="OptedOut"/> channels are skipped; <see cref="ResumeAt"/>
/// restarts a deferred run at the channel it was deferred on (the channels before it already failed);
/// <see cref="Sender"/> is who every attempt is sent as.
/// </summary>
public sealed record ChannelFallbackRequest(
    string DeliveryId,
    IReadOnlyList<ChannelKind> Preference,
    IReadOnlyDictionary<ChannelKind, string> Addresses,
    IReadOnlyDictionary<ChannelKind, MessageContent> Contents)
{
    public IReadOnlySet<ChannelKind> OptedOut { get; init; } = new HashSet<ChannelKind>();

    public ChannelKind? ResumeAt { get; init; }

    public MessageSender? Sender { get; init; }
}
