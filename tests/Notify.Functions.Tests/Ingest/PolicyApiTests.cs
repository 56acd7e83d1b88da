using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Ingest;

/// <summary>The first slice end to end over HTTP: upload, blob + row + queue, ParsePolicy via the local trigger host.</summary>
[Collection(AppCollection.Name)]
public sealed class PolicyApiTests : IAsyncLifetime
{
    private const string Notice = "关于做好2027年度城乡居民基本医疗保险集中参保缴费工作的通知\n集中参保缴费期为2026年9月1日至2027年2月25日。\n";

    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Post_TextBody_IsStoredQueuedAndPickedUpByParsePolicy()
    {
        using var content = new StringContent(Notice, Encoding.UTF8, "text/plain");
        using var response = await _app.Http.PostAsync(new Uri("/api/policies?issuer=包头市医疗保障局&title=参保缴费通知", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<PolicyView>())!;
        Assert.Equal(response.Headers.Location?.ToString(), created.Href);
        Assert.Equal("包头市医疗保障局", created.Issuer);
        Assert.Equal("参保缴费通知", created.Title);
        Assert.Equal(Encoding.UTF8.GetByteCount(Notice), created.SizeBytes);

        var later = await Eventually.ReturnsAsync(() => GetPolicyAsync(created.Href), p => p.Status == PolicyStatus.Parsed,
            "ParsePolicy to parse the policy");
        Assert.True(later.StatusChangedAt >= later.ReceivedAt);
        Assert.Equal("utf-8", later.Encoding);
        Assert.True(later.ItemCount >= 1, "the notice states a contribution window");

        var source = await TestAccount.Clients.GetBlobContainerClient(BlobContainers.PolicySources).GetBlobClient($"{created.Id}/source").DownloadContentAsync();
        Assert.Equal(Notice, source.Value.Content.ToString());
    }

    [Fact]
    public async Task Post_TextWithoutStructure_IsParsedWithZeroItemsAndAReason()
    {
        using var content = new StringContent("今天天气很好，大家一起去公园散步。", Encoding.UTF8, "text/plain");
        using var response = await _app.Http.PostAsync(new Uri("/api/policies", UriKind.Relative), content);
        var created = (await response.Content.ReadFromJsonAsync<PolicyView>())!;

        var parsed = await Eventually.ReturnsAsync(() => GetPolicyAsync(created.Href), p => p.Status == PolicyStatus.Parsed, "the text to be parsed");

        Assert.Equal((0, 0), (parsed.DocumentCount, parsed.ItemCount));
        Assert.Contains("No time-bound items", parsed.ParseNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MultipartFile_TakesTitleIssuerAndFileName()
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Notice));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "通知.txt");
        form.Add(new StringContent("扎赉特旗人民政府办公室"), "issuer");
        form.Add(new StringContent("养老服务工作方案"), "title");

        using var response = await _app.Http.PostAsync(new Uri("/api/policies", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<PolicyView>())!;
        Assert.Equal("扎赉特旗人民政府办公室", created.Issuer);
        Assert.Equal("养老服务工作方案", created.Title);
        Assert.Equal("通知.txt", created.FileName);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(" \n\t ", "only whitespace")]
    public async Task Post_EmptyBody_Is400AndStoresNothing(string body, string detail)
    {
        await AssertRefusedAsync(new StringContent(body, Encoding.UTF8, "text/plain"), 400, "Empty document", detailContains: detail);
    }

    [Fact]
    public async Task Post_BinaryBody_Is400AndStoresNothing()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        await AssertRefusedAsync(new ByteArrayContent(png), 400, "Binary document", detailContains: "PNG");
    }

    [Fact]
    public async Task Post_NulBytes_Is400NamingTheOffset()
    {
        await AssertRefusedAsync(new ByteArrayContent([0x41, 0x42, 0x00, 0x43]), 400, "Binary document", detailContains: "offset 2");
    }

    [Fact]
    public async Task Post_Gb18030Text_IsAcceptedAndParsedAsGb18030()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb18030 = System.Text.Encoding.GetEncoding(54936).GetBytes(Notice);

        using var response = await _app.Http.PostAsync(new Uri("/api/policies", UriKind.Relative), new ByteArrayContent(gb18030));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<PolicyView>())!;
        var parsed = await Eventually.ReturnsAsync(() => GetPolicyAsync(created.Href), p => p.Status == PolicyStatus.Parsed, "the GB18030 notice to be parsed");
        Assert.Equal("gb18030", parsed.Encoding);
    }

    [Fact]
    public async Task Post_Utf16_Is415()
    {
        var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(Notice)).ToArray();

        await AssertRefusedAsync(new ByteArrayContent(utf16), 415, "Unsupported text encoding", detailContains: "UTF-8");
    }

    [Fact]
    public async Task Post_Over10MB_Is413AndStoresNothing()
    {
        var big = new byte[(10 * 1024 * 1024) + 1];
        big.AsSpan().Fill((byte)'a');

        await AssertRefusedAsync(new ByteArrayContent(big), 413, "Document too large", detailContains: "10 MB");
    }

    [Fact]
    public async Task Post_Over10MBChunked_Is413WithoutReadingItAll()
    {
        var big = new byte[(10 * 1024 * 1024) + 4096];
        big.AsSpan().Fill((byte)'a');
        var content = new StreamContent(new MemoryStream(big));
        content.Headers.ContentLength = null;

        await AssertRefusedAsync(content, 413, "Document too large", detailContains: "10 MB");
    }

    [Fact]
    public async Task Get_UnknownOrMalformedId_Is404Problem()
    {
        foreach (var id in new[] { "0000000000000000000000000000beef", "../../etc", "x'y" })
        {
            using var response = await _app.Http.GetAsync(new Uri("/api/policies/" + Uri.EscapeDataString(id), UriKind.Relative));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Health_StorageUp_ReportsEachServiceReachable()
    {
        using var response = await _app.Http.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(["blob", "queue", "table"], body.RootElement.GetProperty("storage").EnumerateArray().Select(s => s.GetProperty("service").GetString()));
        Assert.All(body.RootElement.GetProperty("storage").EnumerateArray(), s => Assert.True(s.GetProperty("reachable").GetBoolean()));
    }

    private async Task AssertRefusedAsync(HttpContent content, int status, string title, string detailContains)
    {
        var rowsBefore = await StoredPolicies.CountAsync();
        using (content)
        {
            using var response = await _app.Http.PostAsync(new Uri("/api/policies", UriKind.Relative), content);

            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
            Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(rowsBefore, await StoredPolicies.CountAsync());
    }


    private async Task<PolicyView> GetPolicyAsync(string href)
    {
        using var response = await _app.Http.GetAsync(new Uri(href, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PolicyView>())!;
    }
}
