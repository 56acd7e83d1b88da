namespace Notify.Core.Registry;

/// <summary>The channels a resident can be reached on.</summary>
public static class ResidentChannels
{
    public const string Sms = "sms";
    public const string WeChat = "wechat";
    public const string Email = "email";

    public static IReadOnlyList<string> All { get; } = [Sms, WeChat, Email];
}
