namespace Notify.Functions.Storage;

/// <summary>Every table Notify uses. PascalCase plurals.</summary>
public static class Tables
{
    public const string Policies = "Policies";
    public const string PolicyDocuments = "PolicyDocuments";
    public const string PolicyItems = "PolicyItems";
    public const string PolicyItemHistory = "PolicyItemHistory";
    public const string ApiKeys = "ApiKeys";

    public static IReadOnlyList<string> All { get; } = [Policies, PolicyDocuments, PolicyItems, PolicyItemHistory, ApiKeys];
}
