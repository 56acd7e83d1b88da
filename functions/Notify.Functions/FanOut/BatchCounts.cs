namespace Notify.Functions.FanOut;

/// <summary>
/// What one delivery batch did with its recipients, written to the job's partition when it ends; <see cref="Reasons"/>
/// counts why recipients were not reached (<see cref="Deliver.DeliveryReasons"/>).
/// </summary>
public sealed record BatchCounts(
    int Recipients, int Sent, int Delivered, int Failed, int Suppressed, int Cancelled, int OwnedElsewhere, IReadOnlyDictionary<string, int>? Reasons = null);
