using System.Diagnostics;
using Azure;
using Notify.Functions.Storage;
using Notify.Testing;

namespace Notify.Functions.Tests.Storage;

public sealed class StorageFailuresTests
{
    /// <summary>Azurite's well-known account on a port nothing listens on.</summary>
    public const string UnreachableStorage =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;"
        + "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Fact]
    public async Task IsUnreachable_NothingListens_TrueWithinSecondsForEveryService()
    {
        var clients = StorageClients.FromConnectionString(UnreachableStorage);
        var watch = Stopwatch.StartNew();

        var failures = await Task.WhenAll(
            FailureOf(() => clients.GetTableClient(Tables.Policies).CreateIfNotExistsAsync()),
            FailureOf(() => clients.GetQueueClient(Queues.PolicyIngested).CreateIfNotExistsAsync()),
            FailureOf(() => clients.GetBlobContainerClient(BlobContainers.PolicySources).CreateIfNotExistsAsync()));

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.All(failures, failure =>
        {
            Assert.True(StorageFailures.IsUnreachable(failure), failure.GetType().Name);
            Assert.Contains("127.0.0.1:1", StorageFailures.Reason(failure), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task IsUnreachable_ServiceAnswersWithAnError_False()
    {
        var missing = TestAccount.Clients.GetTableClient(TestStorage.UniqueTableName("Missing"));

        var failure = await FailureOf(() => missing.AddEntityAsync(new Azure.Data.Tables.TableEntity("p", "r")));

        Assert.False(StorageFailures.IsUnreachable(failure));
        Assert.Equal(404, Assert.IsType<RequestFailedException>(failure).Status);
    }

    private static async Task<Exception> FailureOf(Func<Task> action) =>
        await Record.ExceptionAsync(action) ?? throw new InvalidOperationException("The call did not fail.");
}
