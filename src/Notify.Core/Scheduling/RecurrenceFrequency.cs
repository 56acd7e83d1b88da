namespace Notify.Core.Scheduling;

/// <summary>The RRULE frequencies the planner can schedule.</summary>
public enum RecurrenceFrequency
{
    Weekly,
    Monthly,
    Yearly,
}
