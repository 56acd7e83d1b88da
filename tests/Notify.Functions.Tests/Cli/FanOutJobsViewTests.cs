using Notify.LocalHost.Cli;
using Notify.Functions.FanOut;
using Spectre.Console;
using Spectre.Console.Testing;

namespace Notify.Functions.Tests.Cli;

public sealed class FanOutJobsViewTests
{
    private static readonly DateTimeOffset Created = new(2026, 9, 1, 1, 0, 0, TimeSpan.Zero);

    private static FanOutProgress Job(string id, string state, long total, long delivered) =>
        new(id, state, "k", "resident-window-opening", total, total, 0, delivered, 0, 0, 0, Created, null, Created);

    private static Func<string, CancellationToken, Task<FanOutProgress?>> Polls(params FanOutProgress[][] polls)
    {
        var poll = 0;
        var seen = new HashSet<string>();
        return (id, _) =>
        {
            if (!seen.Add(id))
            {
                seen.Clear();
                seen.Add(id);
                poll = Math.Min(poll + 1, polls.Length - 1);
            }

            return Task.FromResult(polls[poll].FirstOrDefault(job => job.JobId == id));
        };
    }

    [Fact]
    public async Task ShowAsync_RedirectedOutput_PrintsPlainTableRowPerJob()
    {
        var output = new StringWriter();
        var view = new FanOutJobsView(TerminalAwareConsole.Create(output), Polls([Job("j1", FanOutStates.Paged, 200, 100), Job("j2", FanOutStates.Paging, 0, 0)]), TimeProvider.System);

        var exitCode = await view.ShowAsync(["j1", "j2"], watch: false, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, line => line.Contains("delivered", StringComparison.Ordinal) && line.Contains("suppressed", StringComparison.Ordinal));
        var j1 = Assert.Single(lines, line => line.Contains("j1", StringComparison.Ordinal));
        Assert.Matches(@"j1[\s│]+resident-window-opening[\s│]+paged[\s│]+50 %[\s│]+200[\s│]+200[\s│]+0[\s│]+100\s", j1);
        Assert.Matches(@"j2[\s│]+resident-window-opening[\s│]+paging[\s│]+0 %", Assert.Single(lines, line => line.Contains("j2", StringComparison.Ordinal)));
        Assert.DoesNotContain('\u001b', output.ToString());
    }

    [Fact]
    public async Task ShowAsync_WatchingRedirectedOutput_PrintsTheTableAfterEveryPollUntilFinished()
    {
        var output = new StringWriter();
        var polls = Polls(
            [Job("j1", FanOutStates.Paging, 50, 0)],
            [Job("j1", FanOutStates.Paged, 200, 150)],
            [Job("j1", FanOutStates.Paged, 200, 200)]);
        var view = new FanOutJobsView(TerminalAwareConsole.Create(output), polls, TimeProvider.System);

        var exitCode = await view.ShowAsync(["j1"], watch: true, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var rows = output.ToString().Split('\n').Where(line => line.Contains("j1", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("100 %", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAsync_WatchingOnATerminal_DrawsProgressBarsInsteadOfTables()
    {
        var console = new TestConsole().Interactive();
        console.Profile.Width = 160;
        var polls = Polls([Job("j1", FanOutStates.Paging, 50, 0)], [Job("j1", FanOutStates.Paged, 200, 200)]);
        var view = new FanOutJobsView(console, polls, TimeProvider.System);

        var exitCode = await view.ShowAsync(["j1"], watch: true, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains("j1 resident-window-opening: total 200", console.Output, StringComparison.Ordinal);
        Assert.Contains("100%", console.Output, StringComparison.Ordinal);
        Assert.Contains('━', console.Output);
        Assert.DoesNotContain("notice kind", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAsync_EmptyJobAndJobWithFailures_ShowTheProblemAndTopReasonsNeverAHundredPercent()
    {
        var output = new StringWriter();
        var empty = Job("j1", FanOutStates.Empty, 0, 0) with { Problem = "no recipients" };
        var failing = Job("j2", FanOutStates.Paged, 5, 2) with { Failed = 3, TopReasons = [new ReasonCount("no address", 3)] };
        var view = new FanOutJobsView(TerminalAwareConsole.Create(output), Polls([empty, failing]), TimeProvider.System);

        await view.ShowAsync(["j1", "j2"], watch: false, TimeSpan.Zero, CancellationToken.None);

        var lines = output.ToString().Split('\n');
        var j1 = Assert.Single(lines, line => line.Contains("j1", StringComparison.Ordinal));
        Assert.Matches(@"j1[\s│]+resident-window-opening[\s│]+empty[\s│]+empty[\s│]+0\s", j1);
        Assert.Contains("no recipients", j1, StringComparison.Ordinal);
        Assert.DoesNotContain("%", j1, StringComparison.Ordinal);
        Assert.Contains("no address ×3", Assert.Single(lines, line => line.Contains("j2", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAsync_UnknownJob_ExitsOneAndDrawsNothing()
    {
        var output = new StringWriter();
        var view = new FanOutJobsView(TerminalAwareConsole.Create(output), Polls([Job("j1", FanOutStates.Paged, 1, 1)]), TimeProvider.System);

        var exitCode = await view.ShowAsync(["j1", "nope"], watch: false, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData(FanOutStates.Paged, 200, 100, 0.5)]
    [InlineData(FanOutStates.Paging, 10, 12, 1.0)]
    [InlineData(FanOutStates.Paged, 0, 0, 0.0)]
    [InlineData(FanOutStates.Empty, 0, 0, 0.0)]
    [InlineData(FanOutStates.Paging, 0, 0, 0.0)]
    public void Fraction_DoneOverTotal_NeverOverfills(string state, long total, long delivered, double expected)
    {
        Assert.Equal(expected, FanOutJobsView.Fraction(Job("j", state, total, delivered)));
    }

    [Fact]
    public void TerminalAwareConsole_WriterThatIsNoTerminal_IsPlainAndWide()
    {
        var output = new StringWriter();
        var console = TerminalAwareConsole.Create(output);

        console.MarkupLine("[bold red]x[/]");

        Assert.Equal((false, false, 200), (console.Profile.Capabilities.Ansi, console.Profile.Capabilities.Interactive, console.Profile.Width));
        Assert.Equal("x\n", output.ToString());
    }
}
