using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Notify.Functions.Access;
using Notify.Functions.Ingest;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;
using Notify.Testing.Documents;

namespace Notify.Functions.Tests.Ingest;

/// <summary>
/// PDF, DOCX and HTML from upload to a reviewed item, with line numbers and quotes pointing into the text kept
/// with the policy; scans, encrypted PDFs, macro and OLE documents refused with nothing stored.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PolicyFormatsApiTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await NotifyTestApp.StartAsync();
        await TestSenders.ApproveAsync(_app.Services, TestSenders.BaotouOffice);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Pdf_UploadedParsedListedAndApproved_LinesPointIntoItsText() =>
        await AssertUploadToReviewAsync(FormatNotice.Variant(1), notice => TestPdf.WithPages(notice.Lines), "通知.pdf", "application/pdf", "pdf");

    [Fact]
    public async Task Docx_UploadedParsedListedAndApproved_LinesPointIntoItsText() =>
        await AssertUploadToReviewAsync(FormatNotice.Variant(2), notice => TestDocx.WithLines(notice.Lines), "通知.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    [Fact]
    public async Task Html_GbkPageUploadedParsedListedAndApproved_LinesPointIntoItsText()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var metadata = new Dictionary<string, string> { ["发布机构"] = "包头市人民政府办公室", ["发布日期"] = "2026-05-13" };

        var text = await AssertUploadToReviewAsync(FormatNotice.Variant(3), notice => Encoding.GetEncoding(936).GetBytes(TestHtml.Page("gbk", metadata, notice.Lines)),
            "通知.html", "text/html", "html");

        Assert.DoesNotContain("2099", text, StringComparison.Ordinal);
        Assert.DoesNotContain("当前位置", text, StringComparison.Ordinal);
        Assert.Contains("发布机构：包头市人民政府办公室", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_StillReadAsBefore_ItsTextIsTheDecodedSource()
    {
        var notice = FormatNotice.Variant(4);
        var text = await AssertUploadToReviewAsync(notice, n => Encoding.UTF8.GetBytes(string.Join('\n', n.Lines)), "通知.txt", "text/plain", "text");

        Assert.Equal(string.Join('\n', notice.Lines), text);
    }

    [Fact]
    public async Task ScannedPdf_Is400SayingRunOcrAndStoresNothing() =>
        await AssertRefusedAsync(TestPdf.Scanned(), "扫描件.pdf", "application/pdf", 400, "No text layer", "has no text layer; it looks scanned");

    [Fact]
    public async Task EncryptedPdf_Is400SayingRemoveThePasswordAndStoresNothing() =>
        await AssertRefusedAsync(TestPdf.Encrypted(), "加密.pdf", "application/pdf", 400, "Password-protected PDF", "password");

    [Fact]
    public async Task MacroDocument_Is415SayingSaveAsDocxAndStoresNothing() =>
        await AssertRefusedAsync(TestDocx.WithMacros(FormatNotice.Variant(5).Lines), "通知.docm", "application/vnd.ms-word.document.macroEnabled.12", 415, "Document with macros", "plain .docx");

    [Fact]
    public async Task WordDoc97_Is415SayingSaveAsDocxAndStoresNothing() =>
        await AssertRefusedAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0], "通知.doc", "application/msword", 415,
            "Unsupported document format", "save it as .docx or PDF");

    [Fact]
    public async Task TruncatedPdf_Is400CorruptAndStoresNothing()
    {
        var pdf = TestPdf.WithPages(FormatNotice.Variant(6).Lines);

        await AssertRefusedAsync(pdf[..(pdf.Length / 3)], "通知.pdf", "application/pdf", 400, "Corrupt document", "damaged");
    }

    [Fact]
    public async Task Text_UnknownPolicy_Is404()
    {
        using var response = await _app.Http.GetAsync(new Uri("/api/policies/0000000000000000000000000000beef/text", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Uploads, waits for the parse, checks every item's line and quote against the policy's text, approves one item; returns the text.</summary>
    private async Task<string> AssertUploadToReviewAsync(FormatNotice notice, Func<FormatNotice, byte[]> write, string fileName, string contentType, string format)
    {
        using var created = await UploadAsync(write(notice), fileName, contentType);
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var policy = created.Headers.Location!.ToString();
        var parsed = await Eventually.ReturnsAsync(() => _app.Http.GetFromJsonAsync<JsonElement>(policy),
            p => p.GetProperty("status").GetString() != PolicyStatus.Received, "the upload to be parsed");
        Assert.Equal(PolicyStatus.Parsed, parsed.GetProperty("status").GetString());
        Assert.Equal(format, parsed.GetProperty("format").GetString());
        Assert.Equal(policy + "/text", parsed.GetProperty("textHref").GetString());

        using var textResponse = await _app.Http.GetAsync(new Uri(policy + "/text", UriKind.Relative));
        Assert.Equal("text/plain", textResponse.Content.Headers.ContentType?.MediaType);
        var text = await textResponse.Content.ReadAsStringAsync();
        var lines = text.Split('\n');

        using var items = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(policy + "/items", UriKind.Relative)));
        Assert.Equal(2, items.RootElement.GetArrayLength());
        foreach (var listed in items.RootElement.EnumerateArray())
        {
            var line = listed.GetProperty("item").GetProperty("line").GetInt32();
            var quote = listed.GetProperty("item").GetProperty("quote").GetString()!;
            Assert.Contains(quote[..Math.Min(quote.Length, 12)], lines[line - 1], StringComparison.Ordinal);
        }

        var canteen = items.RootElement.EnumerateArray().Single(i => i.GetProperty("item").GetProperty("date").GetString() == notice.CanteenDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(notice.CanteenTask, lines[canteen.GetProperty("item").GetProperty("line").GetInt32() - 1].Trim());
        var href = $"{policy}/items/{canteen.GetProperty("id").GetString()}";
        await KeepApartFromEarlierRunsAsync(href, canteen);
        using var approver = await _app.CreateClientAsync(ApiRole.Approver);
        using var approved = await approver.PostAsJsonAsync(href + "/approve", new { note = "核对无误" });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        Assert.Equal("approved", JsonDocument.Parse(await approved.Content.ReadAsStringAsync()).RootElement.GetProperty("reviewState").GetString());
        return text;
    }

    /// <summary>The same notice uploaded by an earlier run into the same storage is flagged as the same event; a reviewer keeps them apart.</summary>
    private async Task KeepApartFromEarlierRunsAsync(string href, JsonElement item)
    {
        if (item.GetProperty("decisions").TryGetProperty("sameAs", out var sameAs) && sameAs.ValueKind == JsonValueKind.Array && sameAs.GetArrayLength() > 0)
        {
            using var keptApart = await _app.Http.PatchAsJsonAsync(href, new { keepApartFrom = sameAs.EnumerateArray().Select(reference => reference.GetString()).ToArray() });
            Assert.True(keptApart.StatusCode == HttpStatusCode.OK, await keptApart.Content.ReadAsStringAsync());
        }
    }

    private async Task AssertRefusedAsync(byte[] file, string fileName, string contentType, int status, string title, string detailContains)
    {
        var rowsBefore = await StoredPolicies.CountAsync();
        var blobsBefore = await CountSourceBlobsAsync();

        using var response = await UploadAsync(file, fileName, contentType);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
        Assert.Contains(detailContains, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal((rowsBefore, blobsBefore), (await StoredPolicies.CountAsync(), await CountSourceBlobsAsync()));
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] file, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", fileName);
        return await _app.Http.PostAsync(new Uri("/api/policies", UriKind.Relative), form);
    }

    private static async Task<int> CountSourceBlobsAsync()
    {
        var container = TestAccount.Clients.GetBlobContainerClient(BlobContainers.PolicySources);
        var count = 0;
        if (await container.ExistsAsync())
        {
            await foreach (var _ in container.GetBlobsAsync())
            {
                count++;
            }
        }

        return count;
    }
}
