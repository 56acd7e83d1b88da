using Notify.Functions.FanOut;

namespace Notify.Functions.Tests.Pipeline;

public sealed class ProgressBarTests
{
    private static readonly DateTimeOffset Created = new(2026, 9, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_HalfDone_FillsHalfTheBarAndShowsEveryCounter()
    {
        var progress = new FanOutProgress("j1", FanOutStates.Paged, "k", "resident-window-opening", 200, 200, 10, 80, 5, 4, 1, Created, Created, Created);

        var line = ProgressBar.Render(progress, width: 10);

        Assert.Contains("[#####.....]", line, StringComparison.Ordinal);
        Assert.Contains("50", line, StringComparison.Ordinal);
        Assert.Contains("delivered 80", line, StringComparison.Ordinal);
        Assert.Contains("suppressed 4", line, StringComparison.Ordinal);
        Assert.DoesNotContain("(paging)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_StillPaging_SaysSoAndNeverOverfills()
    {
        var progress = new FanOutProgress("j2", FanOutStates.Paging, "k", "unit-deadline-nudge", 10, 10, 0, 12, 0, 0, 0, Created, null, Created);

        var line = ProgressBar.Render(progress, width: 4);

        Assert.Contains("[####]", line, StringComparison.Ordinal);
        Assert.EndsWith("(paging)", line, StringComparison.Ordinal);
    }
}
