namespace Notify.Functions.Eligibility;

/// <summary>What one age-threshold scan did: the days it covered, residents whose birthday crossed a threshold, and the outcome.</summary>
public sealed record AgeCrossingScan(IReadOnlyList<DateOnly> Days, int Residents, int Scheduled, int Cancelled);
