using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Tests.Support;
using Notify.LocalHost.Demo;
using Notify.Testing;

namespace Notify.Functions.Tests.Demo;

[Collection(AppCollection.Name)]
public sealed class ActivitySummaryTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DescribeAsync_LabelsTheTimeWithTheShanghaiOffset()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 7, 17, 10, 56, TimeSpan.Zero));
        var summary = ActivatorUtilities.CreateInstance<ActivitySummary>(_app.Services, clock);

        var line = await summary.DescribeAsync(CancellationToken.None);

        Assert.StartsWith("[2026-12-08 01:10:56 +08:00] fan-out:", line, StringComparison.Ordinal);
    }
}
