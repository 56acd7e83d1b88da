namespace Notify.Core.Channels;

/// <summary>The ways a notice reaches a person: SMS, WeChat Official Account (residents), WeCom (bureau staff), email.</summary>
public enum ChannelKind
{
    Sms,
    WeChat,
    WeCom,
    Email,
}
