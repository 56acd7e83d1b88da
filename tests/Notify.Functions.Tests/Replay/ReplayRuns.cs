using Notify.Functions.Eligibility;
using Notify.Functions.Hosting;
using Notify.LocalHost.Local;
using Notify.LocalHost.Replay;
using Notify.Testing;

namespace Notify.Functions.Tests.Replay;

/// <summary>The settings and options the replay tests share: the test storage, quiet logs, every function but the age scan.</summary>
public static class ReplayRuns
{
    public static ReplayOptions Options(DateTimeOffset fromUtc, DateTimeOffset toUtc) => new()
    {
        FromUtc = fromUtc,
        ToUtc = toUtc,
        Settings = Settings(),

        // Every function but the age scan: it would re-evaluate other tests' residents against other tests' notices and
        // move its shared "last scanned" date to the replay's end, which would stop it scanning in a dev store until then.
        Functions = [.. FunctionIndex.All.Where(f => f.ImplementationType != typeof(FindAgeThresholdCrossings))],
        DrainTimeout = TimeSpan.FromSeconds(60),
    };

    public static Dictionary<string, string?> Settings() => new()
    {
        [StorageAccountFactory.Setting] = TestStorage.ConnectionString,
        ["Logging:LogLevel:Default"] = "Warning",
    };
}
