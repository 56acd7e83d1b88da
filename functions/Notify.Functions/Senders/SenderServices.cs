using Notify.Functions.Review;

namespace Notify.Functions.Senders;

/// <summary>Sender profiles: their store and workflow, the authority suggested for each item, and the approval guard.</summary>
public static class SenderServices
{
    public static IServiceCollection AddSenderProfiles(this IServiceCollection services)
    {
        services.AddSingleton<SenderProfileStore>();
        services.AddSingleton<SenderProfileWorkflow>();
        services.AddSingleton<IDecisionSuggester, AuthoritySuggester>();
        services.AddSingleton<IApprovalGuard, SenderProfileGuard>();
        return services;
    }
}
