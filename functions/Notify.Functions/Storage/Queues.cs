namespace Notify.Functions.Storage;

/// <summary>Every storage queue Notify uses. Kebab-case; kept ≤ 56 characters so "-poison" still fits.</summary>
public static class Queues
{
    public const string PolicyIngested = "policy-ingested";
    public const string FanOutRequested = "fanout-requested";
    public const string DeliveryBatches = "delivery-batches";
    public const string ResidentChanges = "resident-changes";

    public static IReadOnlyList<string> All { get; } = [PolicyIngested, FanOutRequested, DeliveryBatches, ResidentChanges];
}
