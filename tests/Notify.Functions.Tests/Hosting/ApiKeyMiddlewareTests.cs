using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.Functions.Tests.Support;

namespace Notify.Functions.Tests.Hosting;

/// <summary>
/// Under the Functions host the API key is checked by <see cref="ApiKeyMiddleware"/> before the function runs. The host
/// itself cannot run here, so the middleware is called as the worker calls it, with the HttpContext the ASP.NET Core
/// integration puts into the invocation's items.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ApiKeyMiddlewareTests : IAsyncLifetime
{
    private NotifyTestApp _app = null!;

    public async Task InitializeAsync() => _app = await NotifyTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Invoke_NoKeyOnAKeyedFunction_Answers401AndDoesNotRunIt()
    {
        var (ran, http) = await InvokeAsync("SubmitPolicy", key: null);

        Assert.False(ran);
        Assert.Equal((int)HttpStatusCode.Unauthorized, http.Response.StatusCode);
    }

    [Fact]
    public async Task Invoke_KeyWithoutTheRole_Answers403AndDoesNotRunIt()
    {
        var key = await CreateKeyAsync(ApiRole.Auditor);

        var (ran, http) = await InvokeAsync("SubmitPolicy", key);

        Assert.False(ran);
        Assert.Equal((int)HttpStatusCode.Forbidden, http.Response.StatusCode);
    }

    [Fact]
    public async Task Invoke_KeyWithTheRole_RunsTheFunctionAsThatKey()
    {
        var key = await CreateKeyAsync(ApiRole.Editor);

        var (ran, http) = await InvokeAsync("SubmitPolicy", key);

        Assert.True(ran);
        Assert.Equal("middleware-test", http.User.Identity?.Name);
    }

    [Fact]
    public async Task Invoke_PublicFunction_RunsWithoutAKey()
    {
        var (ran, _) = await InvokeAsync("CheckHealth", key: null);

        Assert.True(ran);
    }

    private async Task<string> CreateKeyAsync(ApiRole role) =>
        (await _app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("middleware-test", [role], CancellationToken.None)).Key;

    private async Task<(bool Ran, HttpContext Http)> InvokeAsync(string functionName, string? key)
    {
        var http = new DefaultHttpContext { RequestServices = _app.Services };
        http.Response.Body = new MemoryStream();
        if (key is not null)
        {
            http.Request.Headers[ApiKeyFormat.HeaderName] = key;
        }

        var context = new HttpFunctionContext(functionName, http, _app.Services);
        var ran = false;
        await new ApiKeyMiddleware(_app.Services.GetRequiredService<ApiAccessGate>()).Invoke(context, _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });
        return (ran, http);
    }
}
