using System.Diagnostics;
using Notify.Functions.Tests.Storage;
using Notify.LocalHost.Cli;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Cli;

[Collection(AppCollection.Name)]
public sealed class ServeCommandTests
{
    [Fact]
    public async Task RunAsync_StorageUnreachable_ExplainsInOneParagraphWithoutStackTrace()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int exitCode;
        var watch = Stopwatch.StartNew();
        try
        {
            exitCode = await ServeCommand.RunAsync(
                ["--AzureWebJobsStorage=" + StorageFailuresTests.UnreachableStorage, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=None"],
                CancellationToken.None);
        }
        finally
        {
            Console.SetError(original);
        }

        var text = error.ToString().Trim();
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        Assert.Equal(3, exitCode);
        Assert.StartsWith("Notify cannot reach Azure Storage (", text, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", text, StringComparison.Ordinal);
        Assert.Contains("scripts/run-local.sh", text, StringComparison.Ordinal);
        Assert.Contains("npx azurite", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'));
    }

    [Fact]
    public async Task RunAsync_MalformedConnectionString_SaysSoWithoutEchoingTheKey()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int exitCode;
        try
        {
            exitCode = await ServeCommand.RunAsync(["--AzureWebJobsStorage=AccountName=x;AccountKey=c2VjcmV0LWtleQ==;Nonsense"], CancellationToken.None);
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.NotEqual(0, exitCode);
        Assert.StartsWith("Notify cannot start", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWtleQ", error.ToString(), StringComparison.Ordinal);
    }
}
