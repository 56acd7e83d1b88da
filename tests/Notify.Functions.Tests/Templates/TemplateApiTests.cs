using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notify.Functions.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Functions.Hosting;
using Notify.Functions.Templates;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Templates;

/// <summary>The templates API over HTTP: seeded defaults, validated drafts, two-person approval, activation, rollback, preview.</summary>
[Collection(AppCollection.Name)]
public sealed class TemplateApiTests : IAsyncLifetime, IDisposable
{
    private const string Kind = "resident-window-opening";

    private readonly CapturingLoggerProvider _logs = new();
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync(
        services => services.AddLogging(logging => logging.AddProvider(_logs)),
        new Dictionary<string, string?> { ["Logging:LogLevel:Notify.Audit"] = "Information" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task List_AfterStart_HasEveryShippedKindWithAnActiveVersion()
    {
        using var list = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri("/api/templates", UriKind.Relative)));

        var kinds = list.RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!, t => t.GetProperty("activeVersion"));
        foreach (var kind in new[] { "unit-deadline-nudge", "unit-overdue", "unit-recurring-report", "resident-window-opening", "resident-window-closing", "resident-newly-eligible", "policy-in-effect" })
        {
            Assert.True(kinds.TryGetValue(kind, out var active), $"{kind} was not seeded");
            Assert.Equal(JsonValueKind.Number, active.ValueKind);
        }
    }

    [Fact]
    public async Task Start_AgainOnTheSameStorage_DoesNotAddVersions()
    {
        var before = await LatestVersionAsync();

        await using (await NotifyTestApp.StartAsync())
        {
        }

        Assert.Equal(before, await LatestVersionAsync());
    }

    [Fact]
    public async Task Save_InvalidTemplate_Is400WithIssuesAndStoresNothing()
    {
        var before = await LatestVersionAsync();
        var content = await ActiveContentAsync();
        content["locales"]!["zh-Hans"]!["sms"]!["body"] = "您好{{ unknownThing }}，请于{{ endDate | cn_date }前缴费。";

        using var response = await _app.Http.PostAsJsonAsync($"/api/templates/{Kind}/versions", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var issue = problem.RootElement.GetProperty("issues")[0];
        Assert.True(issue.GetProperty("line").GetInt32() >= 1);
        Assert.True(issue.GetProperty("column").GetInt32() >= 1);
        Assert.Equal(before, await LatestVersionAsync());
    }

    [Fact]
    public async Task SaveApproveActivate_TwoPeople_ThenRollbackToThePreviousVersion()
    {
        var previous = (await HeadAsync()).GetProperty("activeVersion").GetInt32();
        var content = await ActiveContentAsync();
        content["locales"]!["zh-Hans"]!["sms"]!["body"] = "{{ residentName }}您好：{{ programName }}已开始，请于{{ endDate | cn_date }}前缴费，标准{{ amount | yuan }}。";
        using var editor = await _app.CreateClientAsync(ApiRole.Editor, ApiRole.Approver);
        using var approver = await _app.CreateClientAsync(ApiRole.Approver);

        using var saved = await editor.PostAsJsonAsync($"/api/templates/{Kind}/versions", content);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        using var savedBody = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        var version = savedBody.RootElement.GetProperty("version").GetProperty("version").GetInt32();
        var diff = savedBody.RootElement.GetProperty("placeholdersComparedWithActive");
        Assert.Equal(JsonValueKind.Array, diff.GetProperty("added").ValueKind);
        Assert.Equal(JsonValueKind.Array, diff.GetProperty("removed").ValueKind);

        using (var bySelf = await editor.PostAsync(new Uri($"/api/templates/{Kind}/versions/{version}/approve", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Conflict, bySelf.StatusCode);
        }

        using (var draftActivation = await approver.PostAsync(new Uri($"/api/templates/{Kind}/versions/{version}/activate", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Conflict, draftActivation.StatusCode);
        }

        using (var approved = await approver.PostAsync(new Uri($"/api/templates/{Kind}/versions/{version}/approve", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        }

        using (var activated = await approver.PostAsync(new Uri($"/api/templates/{Kind}/versions/{version}/activate", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        }

        var preview = await PreviewAsync(new { channel = "sms" });
        Assert.DoesNotContain("【", preview.GetProperty("message").GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("前缴费", preview.GetProperty("message").GetProperty("body").GetString(), StringComparison.Ordinal);

        using (var rollback = await approver.PostAsync(new Uri($"/api/templates/{Kind}/versions/{previous}/activate", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        }

        Assert.Equal(previous, (await HeadAsync()).GetProperty("activeVersion").GetInt32());
    }

    [Fact]
    public async Task Validate_Sms218CharactersLong_IsValidButWarnsEachMessageCostsFour()
    {
        var content = await ActiveContentAsync();
        content["locales"]!["zh-Hans"]!["sms"]!["body"] = "{{ residentName }}您好：" + new string('请', 199);

        using var response = await _app.Http.PostAsJsonAsync($"/api/templates/{Kind}/validate", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(result.RootElement.GetProperty("valid").GetBoolean());
        var warning = Assert.Single(result.RootElement.GetProperty("warnings").EnumerateArray(), warning => warning.GetProperty("locale").GetString() == "zh-Hans");
        Assert.Equal("sms-costly", warning.GetProperty("code").GetString());
        Assert.StartsWith("4 parts: each message costs 4×", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        var costs = result.RootElement.GetProperty("sms").EnumerateArray().ToDictionary(cost => cost.GetProperty("locale").GetString()!);
        Assert.Equal((218, 4, 4), (costs["zh-Hans"].GetProperty("characters").GetInt32(), costs["zh-Hans"].GetProperty("parts").GetInt32(), costs["zh-Hans"].GetProperty("costMultiple").GetInt32()));
        Assert.Equal("ucs2", costs["mn-Mong"].GetProperty("encoding").GetString());
    }

    [Fact]
    public async Task Save_SmsOfFiveParts_Is400SayingItsCostAndStoresNothing()
    {
        var before = await LatestVersionAsync();
        var content = await ActiveContentAsync();
        content["locales"]!["zh-Hans"]!["sms"]!["body"] = "{{ residentName }}您好：" + new string('请', 300);

        using var response = await _app.Http.PostAsJsonAsync($"/api/templates/{Kind}/versions", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var issue = Assert.Single(problem.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("sms-too-long", issue.GetProperty("code").GetString());
        Assert.Contains("at most 4 parts", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await LatestVersionAsync());
    }

    [Fact]
    public async Task SaveAndDiff_SmsDroppingDatesAmountAndPhone_ListsThemForThatLocaleAndChannelAndAuditsTheSave()
    {
        var active = (await HeadAsync()).GetProperty("activeVersion").GetInt32();
        var content = await ActiveContentAsync();
        content["locales"]!["zh-Hans"]!["sms"]!["body"] = "{{ residentName }}您好：{{ programName }}已开始，请按时缴费。";

        using var saved = await _app.Http.PostAsJsonAsync($"/api/templates/{Kind}/versions", content);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        using var savedBody = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        var version = savedBody.RootElement.GetProperty("version").GetProperty("version").GetInt32();
        using var diff = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri($"/api/templates/{Kind}/versions/{version}/diff?against={active}", UriKind.Relative)));

        foreach (var reported in new[] { savedBody.RootElement.GetProperty("placeholdersComparedWithActive"), diff.RootElement })
        {
            Assert.False(reported.GetProperty("isEmpty").GetBoolean());
            var sms = Assert.Single(reported.GetProperty("byChannel").EnumerateArray());
            Assert.Equal(("zh-Hans", "sms"), (sms.GetProperty("locale").GetString(), sms.GetProperty("channel").GetString()));
            Assert.Equal(["amount", "contactPhone", "endDate", "startDate"], sms.GetProperty("removed").EnumerateArray().Select(name => name.GetString()));
            var changed = Assert.Single(reported.GetProperty("changedTexts").EnumerateArray());
            Assert.Equal(("zh-Hans", "sms", "body", "changed"), (changed.GetProperty("locale").GetString(), changed.GetProperty("channel").GetString(), changed.GetProperty("part").GetString(), changed.GetProperty("change").GetString()));
        }

        Assert.Equal(1, savedBody.RootElement.GetProperty("sms").EnumerateArray().Single(cost => cost.GetProperty("locale").GetString() == "zh-Hans").GetProperty("parts").GetInt32());
        var audit = Assert.Single(_logs.Lines, line => line.Contains($"saved template version {Kind} v{version}", StringComparison.Ordinal));
        Assert.StartsWith("Information Notify.Audit: audit: tests (", audit, StringComparison.Ordinal);
        Assert.Contains("SMS zh-Hans 1 parts", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_UnknownLocale_Is400NamingItAndTheKnownLocales()
    {
        using var response = await _app.Http.PostAsJsonAsync($"/api/templates/{Kind}/preview", new { channel = "sms", locale = "en" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Equal("There are no templates in locale 'en'; the known locales are zh-Hans, mn-Mong.", detail);
    }

    [Fact]
    public async Task Preview_MongolianLocale_RendersMongolianScript()
    {
        var preview = await PreviewAsync(new { channel = "sms", locale = "mn-Mong" });

        var body = preview.GetProperty("message").GetProperty("body").GetString()!;
        Assert.Contains(body, c => c is >= '\u1800' and <= '\u18AF');
    }

    [Fact]
    public async Task Preview_GivenDataMissingAVariable_Is400NamingIt()
    {
        using var response = await _app.Http.PostAsJsonAsync($"/api/templates/{Kind}/preview", new { channel = "sms", data = new { residentName = "王丽" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("programName", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_AuditorKey_Is403()
    {
        using var auditor = await _app.CreateClientAsync(ApiRole.Auditor);

        using var response = await auditor.PostAsJsonAsync($"/api/templates/{Kind}/validate", await ActiveContentAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ActiveForSend_SeededKind_IsTheActiveVersionWithNoProblems()
    {
        var editing = _app.Services.GetRequiredService<TemplateEditing>();

        var (version, problems) = await editing.ActiveForSendAsync("unit-deadline-nudge", CancellationToken.None);

        Assert.Empty(problems);
        Assert.NotNull(version);
        Assert.Equal(TemplateVersionState.Approved, version.State);
    }

    [Fact]
    public async Task ActiveForSend_UnknownKind_SaysWhyNothingCanBeSent()
    {
        var (version, problems) = await _app.Services.GetRequiredService<TemplateEditing>().ActiveForSendAsync("no-such-kind", CancellationToken.None);

        Assert.Null(version);
        Assert.Contains("no active version", Assert.Single(problems), StringComparison.Ordinal);
    }

    private async Task<JsonElement> PreviewAsync(object request)
    {
        using var response = await _app.Http.PostAsJsonAsync($"/api/templates/{Kind}/preview", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<JsonElement> HeadAsync() =>
        JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri($"/api/templates/{Kind}", UriKind.Relative))).RootElement.Clone();

    private async Task<int> LatestVersionAsync() => (await HeadAsync()).GetProperty("latestVersion").GetInt32();

    private async Task<JsonNode> ActiveContentAsync()
    {
        var active = (await HeadAsync()).GetProperty("activeVersion").GetInt32();
        var version = JsonNode.Parse(await _app.Http.GetStringAsync(new Uri($"/api/templates/{Kind}/versions/{active}", UriKind.Relative)))!;
        return new JsonObject { ["options"] = version["content"]!["options"]!.DeepClone(), ["locales"] = version["content"]!["locales"]!.DeepClone() };
    }
}
