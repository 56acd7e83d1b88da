using Notify.Core.Time;

namespace Notify.LocalHost.Replay;

/// <summary>
/// The business clock of a replay: it reads the simulated time and moves only when the replay moves it, firing the
/// timers created through it in due order, each callback seeing its own due time.
/// </summary>
public sealed class SimulatedClock(DateTimeOffset startUtc) : ManualClock(startUtc)
{
    /// <summary>Lets simulated time pass up to <paramref name="targetUtc"/>, firing every timer due by then.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetUtc"/> is earlier than the current time.</exception>
    public void AdvanceTo(DateTimeOffset targetUtc)
    {
        var now = GetUtcNow();
        if (targetUtc < now)
        {
            throw new ArgumentOutOfRangeException(nameof(targetUtc), targetUtc, $"The simulated clock only moves forward; it reads {now:O}.");
        }

        Advance(targetUtc.ToUniversalTime() - now);
    }
}
