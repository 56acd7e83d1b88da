using Notify.LocalHost.Cli;
using Notify.LocalHost.Demo;

namespace Notify.Functions.Tests.Demo;

public sealed class ScheduleOverviewTests
{
    private static string Rendered(IReadOnlyList<ScheduledKind> kinds)
    {
        var output = new StringWriter();
        TerminalAwareConsole.Create(output).Write(ScheduleOverview.Render(kinds));
        return output.ToString();
    }

    [Fact]
    public void Render_Kinds_OneLinePerKindInShanghaiTimeAndATotal()
    {
        var text = Rendered(
        [
            new ScheduledKind("resident-window-opening", 1_234, new DateTimeOffset(2027, 2, 24, 16, 0, 0, TimeSpan.Zero)),
            new ScheduledKind("unit-deadline-nudge", 6, null),
        ]);

        var lines = text.Split('\n');
        Assert.Matches(@"resident-window-opening[\s│]+1,234[\s│]+2027-02-25 00:00 \+08:00", Assert.Single(lines, line => line.Contains("resident-window-opening", StringComparison.Ordinal)));
        Assert.Matches(@"unit-deadline-nudge[\s│]+6[\s│]+— \(all past due\)", Assert.Single(lines, line => line.Contains("unit-deadline-nudge", StringComparison.Ordinal)));
        Assert.Matches(@"total[\s│]+1,240", Assert.Single(lines, line => line.Contains("total", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_NothingScheduled_SaysSo()
    {
        Assert.Equal("  nothing is scheduled (no approved item has occurrences in the Occurrences table yet)", Rendered([]).TrimEnd());
    }
}
