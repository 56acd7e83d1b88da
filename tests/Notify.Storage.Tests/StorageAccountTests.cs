using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Core.Pipeline;
using Notify.Storage.Tables;
using Notify.Storage.Tests.Fakes;
using Notify.Testing;

namespace Notify.Storage.Tests;

public sealed class StorageAccountTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void FromConnectionString_UseDevelopmentStorage_PointsAtAzuritePathStyle()
    {
        var account = StorageAccount.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", account.AccountName);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), account.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.TableEndpoint);
    }

    [Fact]
    public void FromConnectionString_AccountWithEndpointSuffix_BuildsServiceEndpoints()
    {
        var account = StorageAccount.FromConnectionString(
            $"DefaultEndpointsProtocol=https;AccountName=notifyprod;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal("notifyprod", account.AccountName);
        Assert.Equal(new Uri("https://notifyprod.blob.core.chinacloudapi.cn"), account.BlobEndpoint);
        Assert.Equal(new Uri("https://notifyprod.queue.core.chinacloudapi.cn"), account.QueueEndpoint);
        Assert.Equal(new Uri("https://notifyprod.table.core.chinacloudapi.cn"), account.TableEndpoint);
    }

    [Fact]
    public void FromConnectionString_ExplicitEndpoints_AreUsedAsGiven()
    {
        var account = StorageAccount.FromConnectionString(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};"
            + "BlobEndpoint=http://azurite:10000/devstoreaccount1;QueueEndpoint=http://azurite:10001/devstoreaccount1;"
            + "TableEndpoint=http://azurite:10002/devstoreaccount1;");

        Assert.Equal(new Uri("http://azurite:10001/devstoreaccount1"), account.QueueEndpoint);
        Assert.Equal(new Uri("http://azurite:10002/devstoreaccount1"), account.TableEndpoint);
        Assert.Equal(new Uri("http://azurite:10000/devstoreaccount1"), account.BlobEndpoint);
    }

    [Theory]
    [InlineData("AccountName=acct", "AccountKey is missing")]
    [InlineData("AccountName=acct;AccountKey=secret*not*base64", "AccountKey is not valid Base64")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";Bogus=1", "'Bogus' is not recognised")]
    [InlineData("AccountName=acct;" + Key, "unrecognised name")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage must be 'true'")]
    [InlineData("DefaultEndpointsProtocol=ftp;AccountName=acct;AccountKey=" + Key, "DefaultEndpointsProtocol")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";QueueEndpoint=not a uri", "QueueEndpoint must be an absolute http or https URI")]
    [InlineData("AccountName=acct;AccountKey=" + Key + ";SharedAccessSignature=sv=2020", "SharedAccessSignature is not supported")]
    [InlineData("AccountName=a;AccountName=b;AccountKey=" + Key, "'AccountName' appears more than once")]
    [InlineData("just some text", "segment 1 is not of the form Name=Value")]
    [InlineData(";;", "contains no settings")]
    public void FromConnectionString_Malformed_ThrowsFormatExceptionNamingThePartButNotTheKey(string connectionString, string expected)
    {
        var error = Assert.Throws<FormatException>(() => StorageAccount.FromConnectionString(connectionString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..20], error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCredential_AccountName_UsesPublicCloudEndpoints()
    {
        var account = StorageAccount.FromCredential("notifyprod", new RecordingTokenCredential("t", TimeProvider.System));

        Assert.Equal(new Uri("https://notifyprod.queue.core.windows.net"), account.QueueEndpoint);
        Assert.Equal(new Uri("https://notifyprod.table.core.windows.net"), account.TableEndpoint);
        Assert.Equal(new Uri("https://notifyprod.blob.core.windows.net"), account.BlobEndpoint);
    }

    [Fact]
    public async Task FromCredential_SendsBearerTokenForTheStorageScope()
    {
        var handler = new RecordingHandler();
        var credential = new RecordingTokenCredential("token-123", TimeProvider.System);
        var options = new StorageClientOptions { Transport = new HttpClientTransport(handler) };
        var account = StorageAccount.FromCredential("notifyprod", credential, options);

        await account.GetQueueClient("deliver").CreateIfNotExistsAsync();

        Assert.Contains("https://storage.azure.com/.default", credential.RequestedScopes);
        Assert.All(credential.RequestedScopes, scope => Assert.Equal("https://storage.azure.com/.default", scope));
        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-123", request.Headers["Authorization"]);
        Assert.Equal("2025-01-05", request.Headers["x-ms-version"]);
        Assert.True(request.Headers.ContainsKey("x-ms-date"));
        Assert.Equal(new Uri("https://notifyprod.queue.core.windows.net/deliver"), request.Uri);
    }

    [Fact]
    public async Task FromCredential_TableRequests_AlsoCarryTheBearerToken()
    {
        var handler = new RecordingHandler(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
        var options = new StorageClientOptions { Transport = new HttpClientTransport(handler) };
        var account = StorageAccount.FromCredential("notifyprod", new RecordingTokenCredential("token-456", TimeProvider.System), options);

        await account.GetTableClient("Deliveries").UpsertEntityAsync(new TableEntity("p", "r"));

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-456", request.Headers["Authorization"]);
        Assert.Equal("2019-02-02", request.Headers["x-ms-version"]);
    }

    [Fact]
    public async Task StorageClientOptions_TimeProvider_StampsXMsDate()
    {
        var handler = new RecordingHandler();
        var clock = new FixedTimeProvider(new DateTimeOffset(2027, 2, 25, 1, 2, 3, TimeSpan.Zero));
        var options = new StorageClientOptions { Transport = new HttpClientTransport(handler), TimeProvider = clock };
        var account = StorageAccount.FromConnectionString(
            $"AccountName=notifyprod;AccountKey={Key};QueueEndpoint=http://fake.invalid/notifyprod", options);

        await account.GetQueueClient("deliver").CreateIfNotExistsAsync();

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Thu, 25 Feb 2027 01:02:03 GMT", request.Headers["x-ms-date"]);
        Assert.StartsWith("SharedKey notifyprod:", request.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListQueuesAsync_SeveralPages_FollowsNextMarker()
    {
        var handler = new RecordingHandler(request => Xml(request.RequestUri!.Query.Contains("marker=page2", StringComparison.Ordinal)
            ? "<EnumerationResults><Queues><Queue><Name>c</Name></Queue></Queues><NextMarker /></EnumerationResults>"
            : "<EnumerationResults><Prefix>x</Prefix><Queues><Queue><Name>a</Name></Queue><Queue><Name>b</Name></Queue></Queues><NextMarker>page2</NextMarker></EnumerationResults>"));
        var account = FakeAccount(handler);

        var names = await account.ListQueuesAsync("x").ToListAsync();

        Assert.Equal(["a", "b", "c"], names);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.Contains("comp=list", r.Uri.Query, StringComparison.Ordinal));
        Assert.All(handler.Requests, r => Assert.Contains("prefix=x", r.Uri.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListTablesAsync_SeveralPages_FollowsNextTableName()
    {
        var handler = new RecordingHandler(request =>
        {
            var last = request.RequestUri!.Query.Contains("NextTableName=T2", StringComparison.Ordinal);
            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(last ? """{"value":[{"TableName":"T2"}]}""" : """{"value":[{"TableName":"T1"}]}""", Encoding.UTF8, "application/json"),
            };
            if (!last)
            {
                response.Headers.Add("x-ms-continuation-NextTableName", "T2");
            }

            return response;
        });

        var names = await FakeAccount(handler).ListTablesAsync().ToListAsync();

        Assert.Equal(["T1", "T2"], names);
    }

    [Fact]
    public async Task ListMethods_AgainstAzurite_FindCreatedResources()
    {
        var account = TestStorage.Account;
        var queue = account.GetQueueClient(TestStorage.UniqueName("listed"));
        var table = account.GetTableClient(TestStorage.UniqueTableName("Listed"));
        var container = account.GetBlobContainerClient(TestStorage.UniqueName("listed"));
        await queue.CreateIfNotExistsAsync();
        await table.CreateIfNotExistsAsync();
        await container.CreateIfNotExistsAsync();
        try
        {
            Assert.Equal([queue.Name], await account.ListQueuesAsync(queue.Name).ToListAsync());
            Assert.Contains(table.Name, await account.ListTablesAsync().ToListAsync());
            Assert.Contains(container.Name, await account.ListBlobContainersAsync().ToListAsync());
        }
        finally
        {
            await queue.DeleteIfExistsAsync();
            await table.DeleteIfExistsAsync();
            await container.DeleteContainerIfExistsAsync();
        }
    }

    [Fact]
    public async Task SendMessageAsync_ConnectionRefused_ThrowsStorageUnreachableNamingTheEndpoint()
    {
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var account = StorageAccount.FromConnectionString(
            $"AccountName=devstoreaccount1;AccountKey={Key};QueueEndpoint=http://127.0.0.1:1/devstoreaccount1", options);

        var error = await Assert.ThrowsAsync<StorageUnreachableException>(
            () => account.GetQueueClient("deliver").SendMessageAsync("hello"));

        Assert.Equal(0, error.Status);
        Assert.Equal(new Uri("http://127.0.0.1:1/devstoreaccount1"), error.Endpoint);
        Assert.Contains("http://127.0.0.1:1/devstoreaccount1", error.Message, StringComparison.Ordinal);
        Assert.Contains("queue 'deliver'", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<StorageRequestException>(error);
    }

    [Fact]
    public async Task QueryAsync_ServerNeverAnswers_ThrowsStorageUnreachableAfterNetworkTimeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var options = new StorageClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(300);
        var account = StorageAccount.FromConnectionString(
            $"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1", options);

        var error = await Assert.ThrowsAsync<StorageUnreachableException>(
            () => account.GetTableClient("Deliveries").QueryAsync().ToListAsync().AsTask());

        Assert.Equal(port, error.Endpoint.Port);
        Assert.Contains("table 'Deliveries'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessageAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var account = StorageAccount.FromConnectionString(
            $"AccountName=devstoreaccount1;AccountKey={Key};QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => account.GetQueueClient("deliver").SendMessageAsync("hello", cancellationToken: cancellation.Token));
    }

    [Theory]
    [InlineData("Bad_Name")]
    [InlineData("ab")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    public void GetQueueClient_InvalidName_ThrowsArgumentException(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => TestStorage.Account.GetQueueClient(name));

        Assert.Contains("not a valid queue name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1Table")]
    [InlineData("with-hyphen")]
    [InlineData("tables")]
    public void GetTableClient_InvalidName_ThrowsArgumentException(string name)
    {
        Assert.Throws<ArgumentException>(() => StorageAccount.FromConnectionString("UseDevelopmentStorage=true").GetTableClient(name));
    }

    private static StorageAccount FakeAccount(RecordingHandler handler) =>
        StorageAccount.FromConnectionString(
            $"AccountName=notifyprod;AccountKey={Key};QueueEndpoint=http://fake.invalid/q;TableEndpoint=http://fake.invalid/t",
            new StorageClientOptions { Transport = new HttpClientTransport(handler) });

    private static HttpResponseMessage Xml(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/xml") };

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
