namespace Notify.Core.Channels;

/// <summary>
/// One message to one address on one channel. <see cref="DeliveryId"/> is stable across retries
/// (it is the idempotency key: WeChat's client_msg_id, the email Message-ID, the sandbox row key).
/// </summary>
public sealed record OutboundMessage(string DeliveryId, ChannelKind Channel, string Address, MessageContent Content);
