using Notify.Core.Units;
using Notify.LocalHost.Cli;
using Notify.Functions.Tests.Support;
using Notify.Functions.Units;
using Notify.Testing;

namespace Notify.Functions.Tests.Units;

[Collection(AppCollection.Name)]
public sealed class UnitsCommandTests
{
    [Fact]
    public async Task DemoContactsAsync_WritesContactsForEveryDirectoryUnit()
    {
        var exitCode = await UnitsCommand.DemoContactsAsync(CancellationToken.None);

        Assert.Equal(0, exitCode);
        var stored = await new UnitContactStore(TestAccount.Clients).ListAsync(CancellationToken.None);
        var expected = DemoUnitContacts.Generate(UnitDirectory.LoadDefault());
        Assert.All(expected, contact => Assert.Contains(contact, stored));
    }

    [Fact]
    public async Task ImportAsync_MissingFile_ExitsTwo()
    {
        var exitCode = await UnitsCommand.ImportAsync(new FileInfo(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv")), CancellationToken.None);

        Assert.Equal(2, exitCode);
    }
}
