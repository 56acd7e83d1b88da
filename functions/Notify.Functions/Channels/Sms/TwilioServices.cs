using Microsoft.Extensions.DependencyInjection.Extensions;
using Notify.Core.Channels;
using Notify.Functions.Consent;
using Notify.Functions.Receipts;
using Notify.Functions.Receipts.Twilio;

namespace Notify.Functions.Channels.Sms;

/// <summary>Registers the Twilio SMS channel, its webhooks' signature check and replay memory, and the SMS opt-out store.</summary>
public static class TwilioServices
{
    public static IServiceCollection AddTwilioSms(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TwilioOptions.Section).Get<TwilioOptions>() ?? new TwilioOptions();
        if (options.StatusCallbackUrl is null && configuration[TwilioWebhook.PublicBaseUrlSetting] is { Length: > 0 } publicBase)
        {
            options.StatusCallbackUrl = new Uri(publicBase.TrimEnd('/') + "/api/receipts/twilio/status");
        }

        services.AddSingleton(options);
        services.AddSingleton<SmsOptOutStore>();
        services.AddSingleton<TwilioWebhook>();
        services.TryAddSingleton<CallbackReplayGuard>();
        services.AddSingleton<TwilioSmsChannel>();
        services.AddKeyedSingleton<IMessageChannel>(ChannelKind.Sms, (provider, _) => provider.GetRequiredService<TwilioSmsChannel>());
        return services;
    }
}
