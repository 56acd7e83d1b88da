namespace Notify.Core.Channels;

/// <summary>An SMS body; as sent it starts with the sender's 【签名】 (<see cref="SmsSignature"/>).</summary>
public sealed record SmsContent(string Body) : MessageContent;
