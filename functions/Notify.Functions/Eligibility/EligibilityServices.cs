using Microsoft.Extensions.DependencyInjection.Extensions;
using Notify.Functions.Deliver;
using Notify.Functions.Notices;
using Notify.Functions.Registry;
using Notify.Functions.Schedule;

namespace Notify.Functions.Eligibility;

/// <summary>Registrations for resident changes and eligibility re-evaluation.</summary>
public static class EligibilityServices
{
    public static IServiceCollection AddEligibility(this IServiceCollection services)
    {
        // Stores other stages own too; TryAdd so whichever registers first wins and none is added twice.
        services.TryAddSingleton<ResidentStore>();
        services.TryAddSingleton<NoticeStore>();
        services.TryAddSingleton<OccurrenceStore>();
        services.TryAddSingleton<DeliveryLedger>();
        services.AddSingleton<EligibilityEvaluator>();
        services.AddSingleton<ResidentChangeIntake>();
        services.AddSingleton<ResidentChangeApplier>();
        services.AddSingleton<AgeThresholdScanner>();
        return services;
    }
}
