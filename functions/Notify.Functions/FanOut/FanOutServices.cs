using Notify.Core.Scheduling;
using Notify.Functions.Consent;
using Notify.Functions.Deliver;
using Notify.Functions.Notices;
using Notify.Functions.Schedule;

namespace Notify.Functions.FanOut;

/// <summary>The services of scheduling notices, fanning them out and delivering their batches.</summary>
public static class FanOutServices
{
    public static IServiceCollection AddNoticePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(DeliveryOptions.Section).Get<DeliveryOptions>() ?? new DeliveryOptions());
        services.AddSingleton(ScheduleSettings.From(configuration));
        services.AddSingleton<NoticeStore>();
        services.AddSingleton<NoticeTexts>();
        services.AddSingleton<NoticeScheduler>();
        services.AddSingleton<FanOutJobStore>();
        services.AddSingleton<ResidentPager>();
        services.AddSingleton<UnitRecipients>();
        services.AddSingleton<FanOutService>();
        services.AddSingleton<DeliveryRows>();
        services.AddSingleton<EventLedger>();
        services.AddSingleton<DeliveryContexts>();
        services.AddSingleton<SmsOptOutCache>();
        services.AddSingleton<BatchDelivery>();
        services.AddSingleton<RecipientHistory>();
        return services;
    }
}
