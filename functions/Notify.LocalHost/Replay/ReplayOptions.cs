using Notify.Functions.Admin;
using Notify.Functions.Hosting;
using Notify.Functions.Receipts;

namespace Notify.LocalHost.Replay;

/// <summary>What to replay and how: the simulated period, the app's configuration, and the limits of each step.</summary>
public sealed record ReplayOptions
{
    /// <summary>Where the simulated clock starts; timers fire strictly after it, as in a host started at that instant.</summary>
    public required DateTimeOffset FromUtc { get; init; }

    /// <summary>The last instant a timer may fire at (inclusive).</summary>
    public required DateTimeOffset ToUtc { get; init; }

    /// <summary>Clear Notify's tables and queues first. Refused unless storage is the local emulator.</summary>
    public bool Fresh { get; init; }

    /// <summary>Command-line arguments for the app's configuration (as <c>serve</c> takes them).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Configuration that overrides every other source, e.g. the storage connection in tests.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Replaces or adds services after the app's own registrations are known (fakes in tests).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The functions to run; null means every function of the app.</summary>
    public IReadOnlyList<FunctionDescriptor>? Functions { get; init; }

    /// <summary>
    /// Timers that only watch the system (poison queues and the like): a replay runs them at most once per step,
    /// when they came due during it, instead of stepping to each of their occurrences.
    /// </summary>
    public IReadOnlySet<string> HousekeepingTimers { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { nameof(WatchPoisonQueues), nameof(ForgetOldCallbacks) };

    /// <summary>How long, in real time, one step may take to drain its queues before the replay fails.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the drain checks the queues, in real time.</summary>
    public TimeSpan DrainPollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The queue listeners' longest idle wait during a replay (host.json's maxPollingInterval when shorter).</summary>
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Receives a line of progress after every step that fired a business timer or an occurrence.</summary>
    public Action<ReplayProgress>? Progress { get; init; }
}
