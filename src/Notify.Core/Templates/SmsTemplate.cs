namespace Notify.Core.Templates;

/// <summary>An SMS body template, starting with its 【签名】.</summary>
public sealed record SmsTemplate(string Body);
