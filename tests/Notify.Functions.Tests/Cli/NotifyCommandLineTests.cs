using System.CommandLine;
using Notify.LocalHost.Cli;

namespace Notify.Functions.Tests.Cli;

public sealed class NotifyCommandLineTests
{
    [Theory]
    [InlineData("resdents", "import", "people.csv")]
    [InlineData("serv")]
    [InlineData("demo-contacts")]
    public async Task Invoke_MistypedCommand_IsRefusedWithTheCommandsListedAndNothingServed(params string[] args)
    {
        var error = new StringWriter();

        var exitCode = await NotifyCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Error = error, Output = TextWriter.Null });

        Assert.Equal(2, exitCode);
        var text = error.ToString();
        Assert.StartsWith($"scripts/notify: unknown command '{args[0]}'.", text, StringComparison.Ordinal);
        Assert.Contains("residents", text, StringComparison.Ordinal);
        Assert.Contains("scripts/notify --help", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scripts/notify [command] [options]", "--help")]
    [InlineData("scripts/notify replay [options]", "replay", "--help")]
    [InlineData("scripts/notify units import <file> [options]", "units", "import", "-h")]
    public async Task Invoke_Help_UsageNamesTheScript(string usage, params string[] args)
    {
        var output = new StringWriter();

        var exitCode = await NotifyCommandLine.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = TextWriter.Null });

        Assert.Equal(0, exitCode);
        Assert.Contains($"Usage:\n  {usage}", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("Notify.LocalHost", output.ToString(), StringComparison.Ordinal);
    }
}
