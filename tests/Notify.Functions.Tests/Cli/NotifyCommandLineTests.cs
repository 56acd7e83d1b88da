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
}
