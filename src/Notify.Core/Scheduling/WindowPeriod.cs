namespace Notify.Core.Scheduling;

/// <summary>One period of a window, both days inclusive, in business dates.</summary>
public readonly record struct WindowPeriod(DateOnly Start, DateOnly End);
