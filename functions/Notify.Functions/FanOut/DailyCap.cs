using Notify.Core.Audiences;
using Notify.Core.Registry;

namespace Notify.Functions.FanOut;

/// <summary>
/// The per-resident daily cap, decided without a counter: a resident's rank among the resident occurrences of the
/// same business day that include them (ordered by due time, then key). Ranks at or past the cap are suppressed.
/// The same inputs give the same answer, so a fan-out run again or replayed suppresses the same people.
/// </summary>
public sealed class DailyCap(int cap, IReadOnlyList<(ResidentAudience Audience, DateOnly OnDate)> earlier)
{
    public string? ReasonFor(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var before = 0;
        foreach (var (audience, onDate) in earlier)
        {
            if (audience.Includes(resident, onDate) && ++before >= cap)
            {
                return $"daily cap: {cap} resident notices already due today";
            }
        }

        return null;
    }
}
