namespace Notify.Functions.Schedule;

/// <summary>The states of a row in the Occurrences table. A row only moves forward: scheduled → claimed → fanned-out.</summary>
public static class OccurrenceStates
{
    public const string Scheduled = "scheduled";
    public const string Claimed = "claimed";
    public const string FannedOut = "fanned-out";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";

    /// <summary>Due in the quiet hours: moved to the bucket the hours end in.</summary>
    public const string Held = "held";
}
