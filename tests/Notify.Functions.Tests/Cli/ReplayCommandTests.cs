using Notify.LocalHost.Cli;
using Notify.LocalHost.Replay;

namespace Notify.Functions.Tests.Cli;

public sealed class ReplayCommandTests
{
    [Fact]
    public void Describe_Progress_LabelsTheSimulatedTimeWithTheShanghaiOffset()
    {
        var progress = new ReplayProgress(new DateTimeOffset(2026, 8, 31, 16, 0, 0, TimeSpan.Zero), ["SweepDueOccurrences"], 3, 12, TimeSpan.FromSeconds(1.5));

        var line = ReplayCommand.Describe(progress);

        Assert.StartsWith("2026-09-01 00:00 +08:00  occurrences fired    3", line, StringComparison.Ordinal);
    }
}
