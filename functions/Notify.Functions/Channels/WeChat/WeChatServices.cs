using Microsoft.Extensions.DependencyInjection.Extensions;
using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;
using Notify.Functions.Receipts;
using Notify.Functions.Receipts.WeChat;

namespace Notify.Functions.Channels.WeChat;

/// <summary>Registers the live WeChat template channel, the shared token cache and the event endpoint's intake.</summary>
public static class WeChatServices
{
    public static IServiceCollection AddWeChatTemplates(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(WeChatOptions.Section).Get<WeChatOptions>() ?? new WeChatOptions();
        services.AddSingleton(options);
        services.TryAddSingleton<AccessTokenCache>();

        // Made now, so a malformed EncodingAESKey stops the app at startup with the setting's name.
        services.AddSingleton(new WeChatMessageCrypto(options));
        services.TryAddSingleton<CallbackReplayGuard>();
        services.AddSingleton<WeChatEventIntake>();
        services.AddSingleton(provider => new WeChatTemplateChannel(
            TencentHttp.CreateClient(),
            provider.GetRequiredService<AccessTokenCache>(),
            provider.GetRequiredService<WeChatOptions>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<WeChatTemplateChannel>>()));
        services.AddKeyedSingleton<IMessageChannel>(ChannelKind.WeChat, (provider, _) => provider.GetRequiredService<WeChatTemplateChannel>());
        return services;
    }
}
