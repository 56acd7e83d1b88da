using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Functions.Access;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Senders;

/// <summary>Sender profiles over HTTP: validation per field, drafts approved by another key, roles, the audit trail.</summary>
[Collection(AppCollection.Name)]
public sealed class SenderProfileApiTests : IAsyncLifetime, IDisposable
{
    private const string Authority = "jalaid.government";

    private readonly CapturingLoggerProvider _logs = new();
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync(
        services => services.AddSingleton<ILoggerProvider>(_logs),
        new Dictionary<string, string?> { ["Logging:LogLevel:Notify.Audit"] = "Information" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    public static object Valid(string hotline = "0482-6112345") => new
    {
        displayName = "扎赉特旗人民政府",
        smsSignature = "【扎赉特旗政府】",
        emailSenderName = "扎赉特旗人民政府",
        emailAddress = "notice@zlt.gov.cn",
        weChatAppId = "wx0123456789abcdef",
        weComAgentId = 1000002,
        hotline,
        website = "https://www.zlt.gov.cn",
    };

    [Fact]
    public async Task Put_EveryFieldInvalid_Is400NamingEachFieldAndStoresNothing()
    {
        var before = await LatestVersionAsync();

        using var response = await _app.Http.PutAsJsonAsync(Route(), new
        {
            displayName = "",
            smsSignature = "扎赉特旗政府",
            emailSenderName = "扎赉特旗人民政府\n办公室",
            emailAddress = "notice at zlt.gov.cn",
            weChatAppId = "0123456789abcdef",
            weComAgentId = 0,
            hotline = "call us",
            website = "http://www.zlt.gov.cn",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(
            ["displayName", "emailAddress", "emailSenderName", "hotline", "smsSignature", "weChatAppId", "weComAgentId", "website"],
            errors.EnumerateObject().Select(field => field.Name).Order(StringComparer.Ordinal));
        Assert.Contains("full-width brackets", errors.GetProperty("smsSignature")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("https", errors.GetProperty("website")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await LatestVersionAsync());
    }

    [Theory]
    [InlineData("【扎】", "1 characters")]
    [InlineData("【扎赉特旗人民政府办公室主任室】", "14 characters")]
    public async Task Put_SignatureOutsideTwoToTwelveCharacters_IsRefusedOnThatField(string signature, string expected)
    {
        var body = JsonSerializer.SerializeToNode(Valid())!.AsObject();
        body["smsSignature"] = signature;

        using var response = await _app.Http.PutAsJsonAsync(Route(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var field = Assert.Single(problem.RootElement.GetProperty("errors").EnumerateObject());
        Assert.Equal("smsSignature", field.Name);
        Assert.Contains(expected, field.Value[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere.bureau", "no unit")]
    [InlineData("jalaid.towns", "group")]
    public async Task Put_ForWhatIsNotAnAuthority_Is404SayingWhy(string authorityId, string expected)
    {
        using var response = await _app.Http.PutAsJsonAsync(Route(authorityId), Valid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_ThenApprove_TheDraftIsUsedOnlyOnceAnotherKeyApprovesIt()
    {
        var active = await ActiveVersionAsync();
        using var editor = await _app.CreateClientAsync(ApiRole.Editor, ApiRole.Approver);
        using var approver = await _app.CreateClientAsync(ApiRole.Approver);

        using var saved = await editor.PutAsJsonAsync(Route(), Valid(hotline: "0482-6119999"));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        using var draft = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        var version = draft.RootElement.GetProperty("version").GetInt32();
        Assert.Equal("draft", draft.RootElement.GetProperty("state").GetString());
        Assert.Equal($"/api/senders/{Authority}/versions/{version}", saved.Headers.Location?.ToString());
        Assert.Equal(active, await ActiveVersionAsync());

        using (var own = await editor.PostAsync(Approve(version), null))
        {
            Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
            Assert.Contains("same key", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var approved = await approver.PostAsync(Approve(version), null))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            using var body = JsonDocument.Parse(await approved.Content.ReadAsStringAsync());
            Assert.Equal("approved", body.RootElement.GetProperty("state").GetString());
        }

        var read = (await ReadAsync())!.Value;
        Assert.Equal(version, read.GetProperty("activeVersion").GetInt32());
        Assert.Equal("扎赉特旗人民政府", read.GetProperty("authority").GetString());
        var listed = JsonDocument.Parse(await _app.Http.GetStringAsync(new Uri("/api/senders", UriKind.Relative))).RootElement.EnumerateArray()
            .Single(entry => entry.GetProperty("authorityId").GetString() == Authority);
        Assert.Equal("0482-6119999", listed.GetProperty("active").GetProperty("hotline").GetString());
        using (var again = await approver.PostAsync(Approve(version), null))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        Assert.Contains(_logs.Lines, line => line.Contains($"audit: tests (", StringComparison.Ordinal)
            && line.Contains($"saved sender profile draft sender profile {Authority} v{version}", StringComparison.Ordinal));
        Assert.Contains(_logs.Lines, line => line.Contains($"approved sender profile sender profile {Authority} v{version}", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("0482-6119999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Roles_EditorSaves_ApproverApproves_AnyRoleReads()
    {
        using var approverOnly = await _app.CreateClientAsync(ApiRole.Approver);
        using var editorOnly = await _app.CreateClientAsync(ApiRole.Editor);
        using var auditor = await _app.CreateClientAsync(ApiRole.Auditor);
        using var anonymous = await _app.CreateClientAsync();

        using (var put = await approverOnly.PutAsJsonAsync(Route(), Valid()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }

        using var saved = await editorOnly.PutAsJsonAsync(Route(), Valid());
        var version = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("version").GetInt32();
        using (var approve = await editorOnly.PostAsync(Approve(version), null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        }

        using (var read = await auditor.GetAsync(Route()))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using var unauthenticated = await anonymous.GetAsync(new Uri("/api/senders", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }

    [Fact]
    public async Task Get_AuthorityWithoutProfile_Is404SayingHowToCreateIt()
    {
        using var response = await _app.Http.GetAsync(Route("jalaid.statistics"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("PUT /api/senders/jalaid.statistics", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Uri Route(string authorityId = Authority) => new($"/api/senders/{authorityId}", UriKind.Relative);

    private static Uri Approve(int version) => new($"/api/senders/{Authority}/versions/{version}/approve", UriKind.Relative);

    private async Task<JsonElement?> ReadAsync()
    {
        using var response = await _app.Http.GetAsync(Route());
        return response.StatusCode == HttpStatusCode.NotFound ? null : JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<int?> ActiveVersionAsync() =>
        (await ReadAsync())?.GetProperty("activeVersion") is { ValueKind: JsonValueKind.Number } active ? active.GetInt32() : null;

    private async Task<int> LatestVersionAsync() => (await ReadAsync())?.GetProperty("latestVersion").GetInt32() ?? 0;
}
