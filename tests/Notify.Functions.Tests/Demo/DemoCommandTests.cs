using Notify.LocalHost.Cli;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Demo;

[Collection(AppCollection.Name)]
public sealed class DemoCommandTests
{
    [Fact]
    public async Task RunAsync_FolderWithoutTheSamples_ExitsTwoBeforeTouchingStorage()
    {
        var empty = Directory.CreateTempSubdirectory("notify-demo-");
        try
        {
            var exitCode = await DemoCommand.RunAsync(10, 1, empty, adminKeyFile: null, setupOnly: true, [], CancellationToken.None);

            Assert.Equal(2, exitCode);
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public async Task RunAsync_NegativeResidents_ExitsOne()
    {
        var exitCode = await DemoCommand.RunAsync(-1, 1, samples: null, adminKeyFile: null, setupOnly: true, [], CancellationToken.None);

        Assert.Equal(1, exitCode);
    }
}
