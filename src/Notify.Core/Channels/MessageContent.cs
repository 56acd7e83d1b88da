namespace Notify.Core.Channels;

/// <summary>A rendered message in the shape its channel sends: <see cref="SmsContent"/>, <see cref="WeChatTemplateContent"/>, <see cref="WeComTextCardContent"/> or <see cref="EmailContent"/>.</summary>
public abstract record MessageContent;
