using Notify.Core.Channels;

namespace Notify.Functions.Channels;

/// <summary>The default order channels are tried in when a recipient has not chosen one.</summary>
public static class ChannelFallbackPreferences
{
    public static IReadOnlyList<ChannelKind> Residents { get; } = [ChannelKind.WeChat, ChannelKind.Sms, ChannelKind.Email];

    public static IReadOnlyList<ChannelKind> Units { get; } = [ChannelKind.WeCom, ChannelKind.Sms, ChannelKind.Email];
}
