using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Hosting;
using Notify.Testing;

namespace Notify.Functions.Tests.Hosting;

/// <summary>
/// The Functions host cannot run here, but the worker's container can be built: every function class it will be asked
/// for must be creatable from the services the worker registers (not only from what the local host adds).
/// </summary>
public sealed class WorkerAppTests
{
    [Fact]
    public async Task Build_EveryFunctionClass_CanBeCreatedFromTheWorkersServices()
    {
        using var host = WorkerApp.Build([], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { [StorageAccountFactory.Setting] = TestStorage.ConnectionString }));
        await using var scope = host.Services.CreateAsyncScope();

        foreach (var type in FunctionIndex.All.Where(f => !f.Method.IsStatic).Select(f => f.ImplementationType).Distinct())
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type));
        }
    }

    [Fact]
    public void Build_UnderTheFunctionsHost_ChannelsDefaultToLive()
    {
        using var host = WorkerApp.Build([], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { [StorageAccountFactory.Setting] = TestStorage.ConnectionString }));

        Assert.Equal(HostingMode.FunctionsHost, host.Services.GetRequiredService<HostingEnvironment>().Mode);
        Assert.Equal(Notify.Functions.Channels.ChannelMode.Live, host.Services.GetRequiredService<Notify.Functions.Channels.ChannelOptions>().DefaultMode);
    }
}
