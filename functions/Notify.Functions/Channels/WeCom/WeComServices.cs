using Microsoft.Extensions.DependencyInjection.Extensions;
using Notify.Core.Channels;
using Notify.Functions.Channels.AccessTokens;

namespace Notify.Functions.Channels.WeCom;

/// <summary>Registers the live WeCom app channel and the shared token cache.</summary>
public static class WeComServices
{
    public static IServiceCollection AddWeComApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(WeComOptions.Section).Get<WeComOptions>() ?? new WeComOptions());
        services.TryAddSingleton<AccessTokenCache>();
        services.AddSingleton(provider => new WeComAppChannel(
            TencentHttp.CreateClient(),
            provider.GetRequiredService<AccessTokenCache>(),
            provider.GetRequiredService<WeComOptions>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<WeComAppChannel>>()));
        services.AddKeyedSingleton<IMessageChannel>(ChannelKind.WeCom, (provider, _) => provider.GetRequiredService<WeComAppChannel>());
        return services;
    }
}
