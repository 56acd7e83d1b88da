using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Notify.Functions.Access;
using Notify.Functions.Hosting;
using Notify.LocalHost.Local;
using Notify.Testing;

namespace Notify.Functions.Tests.Support;

/// <summary>The real app, as the local host runs it, on a loopback port against the test Azurite.</summary>
public sealed class NotifyTestApp : IAsyncDisposable
{
    private NotifyTestApp(WebApplication app, Uri baseAddress, string apiKey)
    {
        App = app;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
        Http = CreateClient(apiKey);
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    /// <summary>A client whose key holds every role.</summary>
    public HttpClient Http { get; }

    /// <summary>The every-role key <see cref="Http"/> sends.</summary>
    public string ApiKey { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<NotifyTestApp> StartAsync(
        Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? settings = null,
        bool prepareStorage = true)
    {
        var configuration = new Dictionary<string, string?>
        {
            [StorageAccountFactory.Setting] = TestStorage.ConnectionString,
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = NotifyApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            services?.Invoke(builder.Services);
        });
        if (prepareStorage)
        {
            await NotifyApp.PrepareStorageAsync(app, CancellationToken.None);
        }

        await app.StartAsync();
        var apiKey = prepareStorage ? await CreateKeyAsync(app.Services, Enum.GetValues<ApiRole>()) : "";
        return new NotifyTestApp(app, new Uri(app.Urls.First()), apiKey);
    }

    /// <summary>A client sending a fresh key with exactly <paramref name="roles"/>, or no key at all when none are given.</summary>
    public async Task<HttpClient> CreateClientAsync(params ApiRole[] roles) =>
        CreateClient(roles.Length == 0 ? null : await CreateKeyAsync(Services, roles));

    private HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (!string.IsNullOrEmpty(apiKey))
        {
            client.DefaultRequestHeaders.Add(ApiKeyFormat.HeaderName, apiKey);
        }

        return client;
    }

    private static async Task<string> CreateKeyAsync(IServiceProvider services, IReadOnlyList<ApiRole> roles) =>
        (await services.GetRequiredService<ApiKeyStore>().CreateAsync("tests", roles, CancellationToken.None)).Key;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

}
