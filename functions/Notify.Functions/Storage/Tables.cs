namespace Notify.Functions.Storage;

/// <summary>Every table Notify uses. PascalCase plurals.</summary>
public static class Tables
{
    public const string Policies = "Policies";
    public const string PolicyDocuments = "PolicyDocuments";
    public const string PolicyItems = "PolicyItems";
    public const string PolicyItemHistory = "PolicyItemHistory";
    public const string ApiKeys = "ApiKeys";
    public const string SandboxMessages = "SandboxMessages";
    public const string Deliveries = "Deliveries";
    public const string TemplateVersions = "TemplateVersions";
    public const string DeliveryProviderIds = "DeliveryProviderIds";
    public const string SmsOptOuts = "SmsOptOuts";
    public const string AccessTokens = "AccessTokens";
    public const string Residents = "Residents";
    public const string Occurrences = "Occurrences";
    public const string Notices = "Notices";
    public const string FanOutJobs = "FanOutJobs";
    public const string UnitContacts = "UnitContacts";
    public const string Acknowledgements = "Acknowledgements";
    public const string ResidentIndex = "ResidentIndex";
    public const string SenderProfiles = "SenderProfiles";
    public const string DeliveryEvents = "DeliveryEvents";
    public const string RecipientDeliveries = "RecipientDeliveries";
    public const string CallbackNonces = "CallbackNonces";

    public static IReadOnlyList<string> All { get; } = [Policies, PolicyDocuments, PolicyItems, PolicyItemHistory, ApiKeys, Deliveries, DeliveryProviderIds, TemplateVersions, AccessTokens, SmsOptOuts, SandboxMessages, Residents, Occurrences, Notices, FanOutJobs, UnitContacts, Acknowledgements, ResidentIndex, SenderProfiles, DeliveryEvents, RecipientDeliveries, CallbackNonces];
}
