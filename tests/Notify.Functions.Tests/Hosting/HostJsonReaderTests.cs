using Notify.Functions.Hosting;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Notify.Functions.Tests.Hosting;

public sealed class HostJsonReaderTests
{
    [Fact]
    public void Parse_NoExtensions_UsesFunctionsDefaults()
    {
        var settings = HostJsonReader.Parse("""{ "version": "2.0" }""");

        Assert.Equal(16, settings.Queues.BatchSize);
        Assert.Equal(8 * Environment.ProcessorCount, settings.Queues.NewBatchThreshold);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.Zero, settings.Queues.VisibilityTimeout);
        Assert.Equal(QueueMessageEncoding.Base64, settings.Queues.MessageEncoding);
        Assert.Equal("api", settings.RoutePrefix);
        Assert.Null(settings.FunctionTimeout);
    }

    [Fact]
    public void Parse_QueueSettings_ReadsEveryField()
    {
        var settings = HostJsonReader.Parse("""
            {
              // comments are tolerated, as the Functions host tolerates them
              "functionTimeout": "00:05:00",
              "extensions": {
                "http": { "routePrefix": "/v1/" },
                "queues": {
                  "batchSize": 4, "newBatchThreshold": 2, "maxDequeueCount": 3,
                  "visibilityTimeout": "00:00:30", "maxPollingInterval": "00:00:02", "messageEncoding": "none"
                }
              }
            }
            """);

        Assert.Equal(new QueueTriggerOptions
        {
            BatchSize = 4,
            NewBatchThreshold = 2,
            MaxDequeueCount = 3,
            VisibilityTimeout = TimeSpan.FromSeconds(30),
            MaxPollingInterval = TimeSpan.FromSeconds(2),
            MessageEncoding = QueueMessageEncoding.None,
        }, settings.Queues);
        Assert.Equal("v1", settings.RoutePrefix);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.FunctionTimeout);
    }

    [Fact]
    public void Parse_BatchSizeWithoutThreshold_DerivesThresholdLikeFunctions()
    {
        var settings = HostJsonReader.Parse("""{ "extensions": { "queues": { "batchSize": 10 } } }""");

        Assert.Equal(5 * Environment.ProcessorCount, settings.Queues.NewBatchThreshold);
    }

    [Theory]
    [InlineData("""{ "extensions": { "queues": { "batchSize": 64 } } }""", "extensions.queues.batchSize must be a whole number from 1 to 32; found 64")]
    [InlineData("""{ "extensions": { "queues": { "maxDequeueCount": "five" } } }""", "extensions.queues.maxDequeueCount must be a whole number")]
    [InlineData("""{ "extensions": { "queues": { "visibilityTimeout": "soon" } } }""", "extensions.queues.visibilityTimeout must be a time span")]
    [InlineData("""{ "extensions": { "queues": { "messageEncoding": "utf16" } } }""", "messageEncoding is 'utf16'")]
    [InlineData("""{ "extensions": """, "host.json is not valid JSON")]
    public void Parse_InvalidValue_SaysWhichSettingIsWrong(string json, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => HostJsonReader.Parse(json));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_RepositoryHostJson_IsValidAndRetriesBeforePoisoning()
    {
        var path = HostJsonReader.Locate();

        Assert.NotNull(path);
        var settings = HostJsonReader.ReadFile(path);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.True(settings.Queues.VisibilityTimeout > TimeSpan.Zero, "failed messages should wait before their retry");
        Assert.Equal("api", settings.RoutePrefix);
    }
}
