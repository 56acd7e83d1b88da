using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Notify.Functions.Hosting;
using Notify.LocalHost.Local;
using Notify.Testing;

namespace Notify.Functions.Tests.Hosting;

/// <summary>
/// The published folder is what Azure runs, and the local host must run the same functions with the same triggers:
/// both are read from the [Function] attributes, and these tests hold them to functions.metadata.
/// </summary>
public sealed class PublishedAppTests(PublishedApp published) : IClassFixture<PublishedApp>
{
    [Theory]
    [InlineData("functions.metadata")]
    [InlineData("worker.config.json")]
    [InlineData("extensions.json")]
    [InlineData("host.json")]
    [InlineData("Notify.Functions.dll")]
    public void Publish_DeployableFolder_HasWhatTheFunctionsHostLoads(string file) =>
        Assert.True(File.Exists(Path.Combine(published.Folder, file)), $"{file} is missing from the published folder");

    [Fact]
    public void Publish_ExtensionsFolder_HoldsTheStorageQueuesExtension()
    {
        var extensions = File.ReadAllText(Path.Combine(published.Folder, "extensions.json"));

        Assert.Contains("Microsoft.Azure.WebJobs.Extensions.Storage.Queues", extensions, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(published.Folder, ".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.Storage.Queues.dll")));
    }

    [Fact]
    public void Publish_HostJson_IsTheRepositoryRootHostJson() =>
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")), File.ReadAllText(Path.Combine(published.Folder, "host.json")));

    [Fact]
    public void FunctionsMetadata_ListsExactlyTheFunctionsTheLocalHostRuns() =>
        Assert.Equal(FunctionCatalog.App.All.Select(f => f.Name).Order(StringComparer.Ordinal), published.Functions.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void FunctionsMetadata_TriggersEqualTheLocalHostsTriggers()
    {
        foreach (var function in FunctionCatalog.App.All)
        {
            var entry = published.Functions[function.Name];
            Assert.Equal($"{function.ImplementationType.FullName}.{function.Method.Name}", entry.EntryPoint);
            switch (function.Trigger)
            {
                case QueueSource queue:
                    Assert.Equal("queueTrigger", entry.TriggerType);
                    Assert.Equal(queue.QueueName, entry.Property("queueName"));
                    break;
                case TimerSchedule timer:
                    Assert.Equal("timerTrigger", entry.TriggerType);
                    Assert.Equal(timer.Schedule, entry.Property("schedule"));
                    break;
                case HttpEndpoint http:
                    Assert.Equal("httpTrigger", entry.TriggerType);
                    Assert.Equal(http.Route, entry.Property("route"));
                    Assert.Equal(http.Methods, entry.Methods);
                    // API keys are checked by Notify (ApiKeyMiddleware), not by Functions keys.
                    Assert.Equal("Anonymous", entry.Property("authLevel"));
                    break;
                default:
                    Assert.Fail($"{function.Name} has an unknown trigger {function.Trigger}");
                    break;
            }
        }
    }

    [Fact]
    public async Task LocalHost_ServesEveryHttpFunctionOnItsPublishedRouteAndMethods()
    {
        await using var app = NotifyApp.Build([], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { [StorageAccountFactory.Setting] = TestStorage.ConnectionString }));
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName, StringComparer.Ordinal);

        foreach (var entry in published.Functions.Values.Where(f => f.TriggerType == "httpTrigger"))
        {
            Assert.True(routes.TryGetValue(entry.Name, out var endpoint), $"the local host does not serve {entry.Name}");
            Assert.Equal("/api/" + entry.Property("route"), endpoint.RoutePattern.RawText);
            Assert.Equal(entry.Methods, endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods);
        }
    }
}
