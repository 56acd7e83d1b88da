using System.Text.Json.Nodes;
using Notify.Functions.Hosting;

namespace Notify.Functions.Tests.Hosting;

public sealed class FunctionJsonWriterTests
{
    [Fact]
    public void Build_QueueFunction_DeclaresQueueTriggerOnStorageConnection()
    {
        var json = FunctionJsonWriter.Build(FunctionDeclaration.Queue("ParsePolicy", "policy-ingested"));

        var binding = Assert.Single(json["bindings"]!.AsArray())!;
        Assert.Equal("message", (string?)binding["name"]);
        Assert.Equal("queueTrigger", (string?)binding["type"]);
        Assert.Equal("in", (string?)binding["direction"]);
        Assert.Equal("policy-ingested", (string?)binding["queueName"]);
        Assert.Equal("AzureWebJobsStorage", (string?)binding["connection"]);
    }

    [Fact]
    public void Build_TimerFunction_DeclaresScheduleAndMonitor()
    {
        var json = FunctionJsonWriter.Build(FunctionDeclaration.Timer("Sweep", "0 */5 * * * *", runOnStartup: true));

        var binding = Assert.Single(json["bindings"]!.AsArray())!;
        Assert.Equal("timerTrigger", (string?)binding["type"]);
        Assert.Equal("0 */5 * * * *", (string?)binding["schedule"]);
        Assert.True((bool)binding["runOnStartup"]!);
        Assert.True((bool)binding["useMonitor"]!);
    }

    [Fact]
    public void Build_HttpFunction_IsHttpInHttpOutOnlySoForwardingApplies()
    {
        var json = FunctionJsonWriter.Build(FunctionDeclaration.Http("GetPolicy", "GET", "policies/{id}"));

        var bindings = json["bindings"]!.AsArray();
        Assert.Equal(2, bindings.Count);
        Assert.Equal("httpTrigger", (string?)bindings[0]!["type"]);
        Assert.Equal("anonymous", (string?)bindings[0]!["authLevel"]);
        Assert.Equal(["get"], bindings[0]!["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("policies/{id}", (string?)bindings[0]!["route"]);
        Assert.Equal("http", (string?)bindings[1]!["type"]);
        Assert.Equal("out", (string?)bindings[1]!["direction"]);
    }

    [Fact]
    public void WriteAll_EveryAppFunction_WritesOneFolderEach()
    {
        var folder = Directory.CreateTempSubdirectory("notify-functions-").FullName;
        try
        {
            var written = FunctionJsonWriter.WriteAll(NotifyFunctions.All.Select(f => f.Declaration), folder);

            Assert.Equal(NotifyFunctions.All.Count, written.Count);
            foreach (var function in NotifyFunctions.All)
            {
                var path = Path.Combine(folder, function.Name, "function.json");
                var json = JsonNode.Parse(File.ReadAllText(path))!;
                Assert.NotEmpty(json["bindings"]!.AsArray());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AppFunctions_HaveUniqueNamesAndParseableSchedules()
    {
        var catalog = new FunctionCatalog(NotifyFunctions.All);

        Assert.All(catalog.TimerFunctions, f => Notify.Functions.Hosting.Timers.CronSchedule.Parse(((TimerTrigger)f.Declaration.Trigger).Schedule));
        Assert.Equal(catalog.All.Count, catalog.All.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
