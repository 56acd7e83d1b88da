using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Hosting;

/// <summary>
/// Bad input on the review and template routes is refused with a 4xx that names the field and its limit, quickly and
/// before any work is done, and nothing is stored (issue 11, failures 3 and 4).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InputLimitsApiTests : IAsyncLifetime
{
    private const string TemplateKey = "resident-window-opening";

    private PrivateAzurite _azurite = null!;
    private NotifyTestApp _app = null!;
    private string _policy = "";
    private string _item = "";

    public async Task InitializeAsync()
    {
        // An account of its own: storage is compared whole, and tests in other collections write to the shared one meanwhile.
        _azurite = await PrivateAzurite.StartAsync(CancellationToken.None);
        _app = await NotifyTestApp.StartAsync(settings: new Dictionary<string, string?> { [StorageAccountFactory.Setting] = _azurite.ConnectionString });
        _app.Http.Timeout = TimeSpan.FromSeconds(60);
        await TestSenders.ApproveAsync(_app.Services, TestSenders.BaotouOffice);
        _policy = await SamplePolicies.UploadParsedAsync(_app, "baotou-elderly-care-plan-2026.txt");
        using var items = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri(_policy + "/items", UriKind.Relative)));
        _item = $"{_policy}/items/{items.RootElement[0].GetProperty("id").GetString()}";
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task EditItem_UnitNameOf100000Characters_Is413AtOnce()
    {
        var before = await StorageSnapshot.TakeAsync(_app.Services);
        var name = string.Concat(Enumerable.Repeat("民政局", 100_000 / 3));

        using var response = await _app.Http.PatchAsJsonAsync(_item, new { leadUnits = new[] { new { name } } });

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "", "65536 bytes");
        await AssertNothingStoredAsync(before);
    }

    [Fact]
    public async Task EditItem_UnitNameOf5000Characters_Is400NamingTheFieldAndItsLimit()
    {
        var before = await StorageSnapshot.TakeAsync(_app.Services);
        var name = string.Concat(Enumerable.Repeat("民政局", 5_000 / 3));

        using var response = await _app.Http.PatchAsJsonAsync(_item, new { leadUnits = new[] { new { name } } });

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "leadUnits[0].name", "100 characters");
        await AssertNothingStoredAsync(before);
    }

    [Fact]
    public async Task EditItem_BodyOf2Megabytes_Is413NamingTheLimit()
    {
        var before = await StorageSnapshot.TakeAsync(_app.Services);
        var name = new string('局', 2 * 1024 * 1024 / 3);
        using var request = new HttpRequestMessage(HttpMethod.Patch, _item) { Content = new StringContent(JsonSerializer.Serialize(new { leadUnits = new[] { new { name } } }), Encoding.UTF8, "application/json") };
        // As a client sending megabytes should: it states the length and waits for the server's word, however loaded the
        // machine is, so the refusal comes from the header before the body is sent (sent anyway, it meets a closed connection).
        request.Headers.ExpectContinue = true;
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) }) { BaseAddress = _app.BaseAddress };
        foreach (var header in _app.Http.DefaultRequestHeaders)
        {
            client.DefaultRequestHeaders.Add(header.Key, header.Value);
        }

        using var response = await client.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "", "65536 bytes");
        await AssertNothingStoredAsync(before);
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    public async Task Decide_NoteOver32KCharacters_Is400NamingTheNoteAndItsLimit(string action)
    {
        var before = await StorageSnapshot.TakeAsync(_app.Services);

        using var response = await _app.Http.PostAsJsonAsync($"{_item}/{action}", new { note = new string('n', 33_000) });

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "note", "2000 characters");
        await AssertNothingStoredAsync(before);
    }

    [Theory]
    [InlineData("versions")]
    [InlineData("validate")]
    public async Task TemplateTexts_WithoutLocales_Is400NamingLocales(string action)
    {
        var before = await StorageSnapshot.TakeAsync(_app.Services);

        using var response = await _app.Http.PostAsJsonAsync($"/api/templates/{TemplateKey}/{action}", new { options = new { } });

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "locales", "required");
        await AssertNothingStoredAsync(before);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PATCH", "")]
    [InlineData("GET", "/preview")]
    [InlineData("POST", "/approve")]
    public async Task ItemRoutes_ItemIdOf3000Characters_Is400NamingItemId(string method, string suffix)
    {
        var before = await StorageSnapshot.TakeAsync(_app.Services);
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{_policy}/items/{new string('a', 3000)}{suffix}");
        if (method == "PATCH")
        {
            request.Content = JsonContent.Create(new { date = "2026-07-01" });
        }

        using var response = await _app.Http.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "itemId", "128 characters");
        await AssertNothingStoredAsync(before);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/validate")]
    [InlineData("POST", "/preview")]
    public async Task TemplateRoutes_KeyOf3000Characters_Is400NamingKey(string method, string suffix)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/templates/{new string('k', 3000)}{suffix}");
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { channel = "sms" });
        }

        using var response = await _app.Http.SendAsync(request);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "key", "128 characters");
    }

    [Theory]
    [InlineData("items")]
    [InlineData("documents")]
    public async Task PolicyLists_UnknownPolicy_Is404(string list)
    {
        using var response = await _app.Http.GetAsync(new Uri($"/api/policies/{Guid.NewGuid():N}/{list}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such policy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string field, string limit)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {Shorten(body)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var detail = problem.RootElement.GetProperty("detail").GetString() ?? "";
        Assert.Contains(limit, detail, StringComparison.Ordinal);
        if (field.Length > 0)
        {
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"the problem does not name '{field}': {Shorten(body)}");
        }
    }

    private async Task AssertNothingStoredAsync(StorageSnapshot before)
    {
        var changes = (await StorageSnapshot.TakeAsync(_app.Services)).ChangesSince(before);
        Assert.True(changes.Count == 0, "a refused request changed storage:\n" + string.Join('\n', changes.Take(10)));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
