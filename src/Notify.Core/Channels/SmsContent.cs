namespace Notify.Core.Channels;

/// <summary>An SMS body, starting with its 【签名】.</summary>
public sealed record SmsContent(string Body) : MessageContent;
