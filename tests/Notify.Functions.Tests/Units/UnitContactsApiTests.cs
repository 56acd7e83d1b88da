using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Support;
using Notify.Functions.Units;

namespace Notify.Functions.Tests.Units;

[Collection(AppCollection.Name)]
public sealed class UnitContactsApiTests : IAsyncLifetime, IDisposable
{
    private static readonly Uri Contacts = new("/api/units/baotou.civil-affairs/contacts", UriKind.Relative);

    private readonly CapturingLoggerProvider _logs = new();
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync(
        services => services.AddLogging(logging => logging.AddProvider(_logs)),
        new Dictionary<string, string?> { ["Logging:LogLevel:Notify.Audit"] = "Information" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Put_ValidContacts_AuditsWhoReplacedWhichUnitWithCountsOnly()
    {
        using var editor = await _app.CreateClientAsync(ApiRole.Editor);

        using var put = await editor.PutAsJsonAsync(Contacts, new { phones = new[] { "138 0000 4444", "13800005555" }, emails = new[] { "audit@civil.notify.example" } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var audit = Assert.Single(_logs.Lines, line => line.Contains("audit:", StringComparison.Ordinal));
        Assert.Matches(@"^Information Notify\.Audit: audit: tests \(\w+\) replaced unit contacts baotou\.civil-affairs \(0 WeCom ids, 2 phones, 1 emails\)$", audit);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains("4444", StringComparison.Ordinal) || line.Contains("audit@", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Put_ValidContacts_StoresThemAndGetReturnsThem()
    {
        using var editor = await _app.CreateClientAsync(ApiRole.Editor);
        var body = new { weComUserIds = new[] { "mz-director" }, phones = new[] { "138 0000 1111" }, emails = new[] { "office@civil.notify.example" } };

        using var put = await editor.PutAsJsonAsync(Contacts, body);
        var got = await _app.Http.GetFromJsonAsync<UnitContact>(Contacts);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(new UnitContact("baotou.civil-affairs", "包头市民政局", "市", ["mz-director"], ["+8613800001111"], ["office@civil.notify.example"]), got);
    }

    [Fact]
    public async Task Put_InvalidPhoneAndEmail_Returns400ProblemNamingTheFieldsAndKeepsTheOldContacts()
    {
        using var operatorClient = await _app.CreateClientAsync(ApiRole.Operator);
        using var valid = await operatorClient.PutAsJsonAsync(Contacts, new { phones = new[] { "+8613800002222" } });

        using var invalid = await operatorClient.PutAsJsonAsync(Contacts, new { phones = new[] { "+8613800003333", "555-0100" }, emails = new[] { "nobody" } });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("value 2", errors.GetProperty("phones")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("emails", out _));
        Assert.DoesNotContain("555-0100", problem.RootElement.GetRawText(), StringComparison.Ordinal);
        var stored = await _app.Http.GetFromJsonAsync<UnitContact>(Contacts);
        Assert.Equal(["+8613800002222"], stored!.Phones);
    }

    [Fact]
    public async Task Put_UnknownUnit_Returns404()
    {
        using var response = await _app.Http.PutAsJsonAsync(new Uri("/api/units/baotou.atlantis/contacts", UriKind.Relative), new { phones = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_AuditorKey_IsForbidden()
    {
        using var auditor = await _app.CreateClientAsync(ApiRole.Auditor);

        using var response = await auditor.PutAsJsonAsync(Contacts, new { phones = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithoutKey_IsUnauthorized()
    {
        using var anonymous = await _app.CreateClientAsync();

        using var response = await anonymous.GetAsync(Contacts);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
