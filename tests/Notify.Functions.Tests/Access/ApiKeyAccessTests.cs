using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Storage;
using Notify.Functions.Tests.Support;
using Notify.Testing;

namespace Notify.Functions.Tests.Access;

[Collection(AppCollection.Name)]
public sealed class ApiKeyAccessTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Api_NoKey_Is401ProblemSayingWhatToSend()
    {
        using var client = await _app.CreateClientAsync();

        using var response = await client.GetAsync(new Uri("/api/policies/0000000000000000000000000000beef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nfy_0123456789ab_not-the-secret")]
    [InlineData("garbage")]
    [InlineData("nfy_")]
    public async Task Api_WrongOrMalformedKey_Is401(string key)
    {
        using var client = new HttpClient { BaseAddress = _app.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiKeyFormat.HeaderName, key);

        using var response = await client.GetAsync(new Uri("/api/policies/0000000000000000000000000000beef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SubmitPolicy_AuditorKey_Is403AndStoresNothing()
    {
        using var client = await _app.CreateClientAsync(ApiRole.Auditor);
        var before = await StoredPolicies.CountAsync();

        using var response = await client.PostAsync(new Uri("/api/policies", UriKind.Relative), new StringContent("通知", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Role missing", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(before, await StoredPolicies.CountAsync());
    }

    [Fact]
    public async Task SubmitPolicy_EditorKey_IsAccepted()
    {
        using var client = await _app.CreateClientAsync(ApiRole.Editor);

        using var response = await client.PostAsync(new Uri("/api/policies", UriKind.Relative), new StringContent("通知正文", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task GetPolicy_AnyRole_IsAllowed()
    {
        using var client = await _app.CreateClientAsync(ApiRole.Auditor);

        using var response = await client.GetAsync(new Uri("/api/policies/0000000000000000000000000000beef", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_NoKey_IsPublic()
    {
        using var client = await _app.CreateClientAsync();

        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RevokeAsync_RevokedKey_IsRefused()
    {
        var store = _app.Services.GetRequiredService<ApiKeyStore>();
        var (record, key) = await store.CreateAsync("to revoke", [ApiRole.Editor], CancellationToken.None);
        Assert.NotNull(await new ApiKeyStore(TestAccount.Clients, TimeProvider.System).AuthenticateAsync(key, CancellationToken.None));

        Assert.True(await store.RevokeAsync(record.Id, CancellationToken.None));

        Assert.Null(await store.AuthenticateAsync(key, CancellationToken.None));
        Assert.Null(await new ApiKeyStore(TestAccount.Clients, TimeProvider.System).AuthenticateAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task CreateAsync_StoresOnlyTheHash()
    {
        var (record, key) = await _app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("hash check", [ApiRole.Operator], CancellationToken.None);

        var entity = await TestAccount.Clients.GetTableClient(Tables.ApiKeys).GetEntityOrDefaultAsync(record.Id, "key");
        Assert.NotNull(entity);
        Assert.True(ApiKeyFormat.TryParse(key, out _, out var secret));
        Assert.DoesNotContain(((IDictionary<string, object>)entity).Values, value => value is string text && text.Contains(secret, StringComparison.Ordinal));
        Assert.Equal(ApiKeyFormat.Hash(secret), entity.GetString("SecretSha256"));
    }
}
