using Notify.LocalHost.Cli;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Cli;

[Collection(AppCollection.Name)]
public sealed class ServeCommandTests
{
    private const string UnreachableStorage =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;"
        + "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Fact]
    public async Task RunAsync_StorageUnreachable_ExplainsInOneParagraphWithoutStackTrace()
    {
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        int exitCode;
        try
        {
            exitCode = await ServeCommand.RunAsync(
                ["--AzureWebJobsStorage=" + UnreachableStorage, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=None"],
                CancellationToken.None);
        }
        finally
        {
            Console.SetError(original);
        }

        var text = error.ToString().Trim();
        Assert.Equal(3, exitCode);
        Assert.Contains("http://127.0.0.1:1/devstoreaccount1", text, StringComparison.Ordinal);
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
