using Notify.Functions.Storage;
using Notify.LocalHost.Replay;

namespace Notify.Functions.Tests.Replay;

public sealed class ReplayStorageTests
{
    private const string RealAccount =
        "DefaultEndpointsProtocol=https;AccountName=notifyprod;AccountKey=bm90LWEtcmVhbC1rZXktbm90LWEtcmVhbC1rZXk=;EndpointSuffix=core.windows.net";

    [Fact]
    public async Task ClearAsync_RealAccount_RefusesWithoutTouchingIt()
    {
        var storage = new ReplayStorage(StorageClients.FromConnectionString(RealAccount));

        Assert.False(storage.IsLocalEmulator);
        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.ClearAsync(CancellationToken.None));
        Assert.Contains("only runs against the local emulator", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLocalEmulator_DevelopmentStorage_IsTrue()
    {
        Assert.True(new ReplayStorage(StorageClients.FromConnectionString("UseDevelopmentStorage=true")).IsLocalEmulator);
    }
}
