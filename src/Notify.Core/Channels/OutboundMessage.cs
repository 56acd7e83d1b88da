namespace Notify.Core.Channels;

/// <summary>
/// One message to one address on one channel. <see cref="DeliveryId"/> is stable across retries
/// (it is the idempotency key: WeChat's client_msg_id, the email Message-ID, the sandbox row key).
/// <see cref="Sender"/> is the authority the message speaks for, when the sender matters to the channel.
/// </summary>
public sealed record OutboundMessage(string DeliveryId, ChannelKind Channel, string Address, MessageContent Content)
{
    public MessageSender? Sender { get; init; }
}
