using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Ingest;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Review;

/// <summary>Upload a work plan, let ParsePolicy extract it, then review its items over HTTP.</summary>
[Collection(AppCollection.Name)]
public sealed class PolicyReviewApiTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;
    private string _policy = "";

    public async Task InitializeAsync()
    {
        _app = await NotifyTestApp.StartAsync();
        await TestSenders.ApproveAsync(_app.Services, TestSenders.BaotouOffice);
        _policy = await SamplePolicies.UploadParsedAsync(_app, "baotou-elderly-care-plan-2026.txt");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Documents_ListsTheNoticeWithNumberSigningDateAndAddressees()
    {
        using var documents = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(_policy + "/documents", UriKind.Relative)));

        var document = Assert.Single(documents.RootElement.EnumerateArray());
        Assert.Equal("包府办发〔2026〕31号", document.GetProperty("docNumber").GetString());
        Assert.Equal("2026-03-18", document.GetProperty("signed").GetString());
        Assert.Equal(1, document.GetProperty("line").GetInt32());
        Assert.True(document.GetProperty("public").GetBoolean());
    }

    [Fact]
    public async Task Items_AreProposedWithSourceLineAndResolvedUnits()
    {
        var item = await FindItemAsync("2026-06-30");

        Assert.Equal("deadline", item.GetProperty("item").GetProperty("kind").GetString());
        Assert.Equal(21, item.GetProperty("item").GetProperty("line").GetInt32());
        Assert.Equal("proposed", item.GetProperty("reviewState").GetString());
        var lead = Assert.Single(item.GetProperty("item").GetProperty("leadUnits").EnumerateArray());
        Assert.Equal(("市民政局", "baotou.civil-affairs"), (lead.GetProperty("name").GetString(), lead.GetProperty("unitId").GetString()));
        Assert.Contains("市医疗保障局", item.GetProperty("item").GetProperty("cooperatingUnits").EnumerateArray().Select(u => u.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Edit_ValidChange_IsStampedAuditedAndAnswersNewETag()
    {
        var item = await FindItemAsync("2026-06-30");
        var href = ItemHref(item);

        using var response = await _app.Http.PatchAsJsonAsync(href, new { date = "2026-07-15", leadUnits = new[] { new { name = "民政局", unitId = "baotou.civil-affairs" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var edited = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2026-07-15", edited.RootElement.GetProperty("item").GetProperty("date").GetString());
        Assert.StartsWith("tests (", edited.RootElement.GetProperty("editedBy").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(item.GetProperty("eTag").GetString(), response.Headers.ETag?.ToString());
        using var withHistory = JsonDocument.Parse(await _app.Http.GetStringAsync(href));
        var entry = Assert.Single(withHistory.RootElement.GetProperty("history").EnumerateArray());
        Assert.Equal("edited", entry.GetProperty("action").GetString());
        Assert.Contains("2026-07-15", entry.GetProperty("changes").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_InvalidFields_Is400NamingEachField()
    {
        var item = await FindItemAsync("2026-12-31");

        using var response = await _app.Http.PatchAsJsonAsync(ItemHref(item), new
        {
            kind = "someday",
            date = "2026-13-01",
            leadUnits = new[] { new { name = "x", unitId = "baotou.no-such-bureau" } },
            residentGroups = new[] { "外星人" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("date", out _));
        Assert.True(errors.TryGetProperty("leadUnits[0].unitId", out _));
        Assert.True(errors.TryGetProperty("residentGroups[0]", out _));
        var unchanged = JsonDocument.Parse(await _app.Http.GetStringAsync(ItemHref(item))).RootElement;
        Assert.Equal("2026-12-31", unchanged.GetProperty("item").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Edit_AuditorKey_Is403()
    {
        var item = await FindItemAsync("2026-12-31");
        using var auditor = await _app.CreateClientAsync(ApiRole.Auditor);

        using var response = await auditor.PatchAsJsonAsync(ItemHref(item), new { date = "2026-11-30" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Approve_ThenAgain_ThenEdit_GoesApprovedConflictProposed()
    {
        var item = await FindItemAsync("2026-09-30");
        var href = ItemHref(item);
        using var approver = await _app.CreateClientAsync(ApiRole.Approver);
        using var editor = await _app.CreateClientAsync(ApiRole.Editor);

        using var approved = await approver.PostAsJsonAsync(href + "/approve", new { note = "核对无误" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", JsonDocument.Parse(await approved.Content.ReadAsStringAsync()).RootElement.GetProperty("reviewState").GetString());

        using var again = await approver.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var byEditor = await editor.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);

        using var edited = await editor.PatchAsJsonAsync(href, new { endDate = "2026-10-31" });
        Assert.Equal("proposed", JsonDocument.Parse(await edited.Content.ReadAsStringAsync()).RootElement.GetProperty("reviewState").GetString());
    }

    [Fact]
    public async Task Approve_StaleIfMatch_Is412AndChangesNothing()
    {
        var item = await FindItemAsync("2026-04-01");
        var href = ItemHref(item);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(href + "/reject", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"datetime'2001-01-01T00%3A00%3A00Z'\"");

        using var response = await _app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("proposed", JsonDocument.Parse(await _app.Http.GetStringAsync(href)).RootElement.GetProperty("reviewState").GetString());
    }

    [Fact]
    public async Task Approve_ItemWithoutDate_Is409UntilADateIsGiven()
    {
        var item = await FindItemAsync("2026-04-01");
        var href = ItemHref(item);
        using (await _app.Http.PatchAsJsonAsync(href, new { date = "" }))
        {
        }

        using var refused = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("no date", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using (await _app.Http.PatchAsJsonAsync(href, new { date = "2026-04-01" }))
        {
        }

        using var approved = await _app.Http.PostAsync(new Uri(href + "/approve", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    [Fact]
    public async Task Items_FilterByState_ReturnsOnlyThatState()
    {
        var item = await FindItemAsync("2026-09-30");
        using (await _app.Http.PostAsync(new Uri(ItemHref(item) + "/reject", UriKind.Relative), null))
        {
        }

        using var rejected = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(_policy + "/items?state=rejected", UriKind.Relative)));

        Assert.All(rejected.RootElement.EnumerateArray(), i => Assert.Equal("rejected", i.GetProperty("reviewState").GetString()));
        Assert.Contains(rejected.RootElement.EnumerateArray(), i => i.GetProperty("id").GetString() == item.GetProperty("id").GetString());
    }

    private async Task<JsonElement> FindItemAsync(string date)
    {
        using var items = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(_policy + "/items", UriKind.Relative)));
        return items.RootElement.EnumerateArray().First(i => i.GetProperty("item").TryGetProperty("date", out var d) && d.GetString() == date).Clone();
    }

    private string ItemHref(JsonElement item) => $"{_policy}/items/{item.GetProperty("id").GetString()}";
}
