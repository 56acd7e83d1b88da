using Microsoft.Extensions.DependencyInjection.Extensions;
using Notify.Core.Extraction;
using Notify.Core.Units;
using Notify.Core.Channels;
using Notify.Functions.Access;
using Notify.Functions.FanOut;
using Notify.Functions.Channels;
using Notify.Functions.Channels.Email;
using Notify.Functions.Channels.Sms;
using Notify.Functions.Channels.Sandbox;
using Notify.Functions.Channels.WeChat;
using Notify.Functions.Channels.WeCom;
using Notify.Functions.Parse;
using Notify.Functions.Audit;
using Notify.Functions.Review;
using Notify.Functions.Registry;
using Notify.Functions.Schedule;
using Notify.Functions.Admin;
using Notify.Functions.Deliver;
using Notify.Functions.Eligibility;
using Notify.Functions.Ingest;
using Notify.Functions.Storage;
using Notify.Functions.Templates;
using Notify.Functions.Units;
using Notify.Functions.Acknowledgements;
using Notify.Functions.Senders;

namespace Notify.Functions.Hosting;

/// <summary>The app's service registrations, the same under the Functions host and the local host.</summary>
public static class NotifyServices
{
    public static IServiceCollection AddNotify(
        this IServiceCollection services,
        IConfiguration configuration,
        HostingEnvironment environment)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(environment);
        var hostJsonPath = HostJsonReader.Locate(configuration["Notify:HostJson"]);
        var hostJson = hostJsonPath is null ? new HostJsonSettings() : HostJsonReader.ReadFile(hostJsonPath);
        services.AddSingleton(hostJson);
        services.AddSingleton(_ => StorageAccountFactory.Create(configuration, environment.Mode, hostJson.Queues.MessageEncoding));
        services.AddSingleton<ApiAccessGate>();
        services.AddSingleton<RequestGuard>();
        services.AddSingleton<StorageProvisioner>();
        services.AddSingleton<QueuePublisher>();
        services.AddSingleton<StorageHealth>();
        services.AddSingleton<PoisonQueues>();
        services.AddSingleton<PolicyStore>();
        services.AddSingleton<PolicyIntake>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton(_ => new PolicyExtractor());
        services.AddSingleton<PolicyItemStore>();
        services.AddSingleton<PolicyParsing>();
        services.AddSingleton<ResidentStore>();
        services.AddSingleton<ResidentImport>();
        services.AddEligibility();
        services.AddUnitContacts();
        services.AddAcknowledgements(configuration);
        services.AddNoticePipeline(configuration);
        services.AddSingleton<DeliveryLedger>();
        services.AddSingleton<OccurrenceStore>();
        services.AddSingleton<TemplateStore>();
        services.AddSingleton<TemplateWorkflow>();
        services.AddSingleton(_ => TemplateCatalog.Locate(configuration));
        services.AddSingleton<TemplateSeeder>();
        services.AddSingleton<TemplateEditing>();
        services.AddSingleton(SmsLimitsSettings.From(configuration));
        services.AddSingleton<Notify.Core.Templates.TemplateRenderer>();
        services.AddSingleton<ItemReview>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<DecisionSuggestions>();
        services.AddSingleton<IDecisionSuggester, NoticeWordingSuggester>();
        services.AddSingleton<IApprovalGuard, NoticeWordingGuard>();
        services.AddSingleton<ItemPreviewer>();
        services.AddSingleton<IApprovalGuard, AudienceGuard>();
        services.AddSingleton(_ => new ItemEditValidator(UnitResolver.Default));
        services.AddSenderProfiles();
        services.AddSingleton<IDecisionSuggester, SameEventSuggester>();
        services.AddSingleton<IApprovalGuard, SameEventGuard>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));

        services.AddSingleton(ChannelOptions.From(configuration, environment.Mode));
        services.AddSingleton(configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions());
        services.AddSingleton<SandboxSendLog>();
        services.AddSingleton<SandboxChannels>();
        services.AddSingleton(configuration.GetSection(CircuitBreakerOptions.Section).Get<CircuitBreakerOptions>() ?? new CircuitBreakerOptions());
        services.AddSingleton<ChannelRegistry>();
        services.AddSingleton<ChannelFallback>();
        services.AddSingleton(configuration.GetSection(EmailChannelOptions.Section).Get<EmailChannelOptions>() ?? new EmailChannelOptions());
        services.AddKeyedSingleton<IMessageChannel, SmtpEmailChannel>(ChannelKind.Email);
        services.AddTwilioSms(configuration);
        services.AddWeChatTemplates(configuration);
        services.AddWeComApp(configuration);

        return services;
    }
}
