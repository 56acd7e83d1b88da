namespace Notify.Functions.Storage;

/// <summary>Every blob container Notify uses.</summary>
public static class BlobContainers
{
    public const string PolicySources = "policy-sources";

    public static IReadOnlyList<string> All { get; } = [PolicySources];
}
