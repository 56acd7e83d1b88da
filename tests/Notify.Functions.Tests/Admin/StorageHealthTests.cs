using System.Diagnostics;
using Notify.Functions.Admin;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Storage;

namespace Notify.Functions.Tests.Admin;

public sealed class StorageHealthTests
{
    [Fact]
    public async Task CheckAsync_AzuriteAnswers_IsHealthy()
    {
        var report = await new StorageHealth(TestAccount.Clients).CheckAsync(CancellationToken.None);

        Assert.Equal("healthy", report.Status);
        Assert.All(report.Storage, service => Assert.True(service.Reachable, service.Service));
    }

    [Fact]
    public async Task CheckAsync_NothingListens_IsUnhealthyWithinSecondsNotAfterRetries()
    {
        var clients = StorageClients.FromConnectionString(StorageFailuresTests.UnreachableStorage);
        var watch = Stopwatch.StartNew();

        var report = await new StorageHealth(clients).CheckAsync(CancellationToken.None);

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal("unhealthy", report.Status);
        Assert.All(report.Storage, service =>
        {
            Assert.False(service.Reachable);
            Assert.StartsWith("unreachable: ", service.Error, StringComparison.Ordinal);
        });
    }
}
